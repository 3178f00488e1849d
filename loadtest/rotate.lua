-- wrk script for loadtest/run.py: every connection walks the URL list (lines "host:port path",
-- the file named after "--"), each request with its site's Host header; counts status classes
-- and page cache hits, and prints one summary line "LOADTEST key=value ...".

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  targets = {}
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    local host, path = line:match("^(%S+)%s+(%S+)$")
    if host then
      table.insert(targets, { host = host, path = path })
    end
  end
  file:close()
  assert(#targets > 0, "no URLs in " .. args[1])
  position = (id * 7) % #targets
  s2, s3, s4, s5, hits = 0, 0, 0, 0, 0
end

function request()
  position = position % #targets + 1
  local target = targets[position]
  return wrk.format("GET", target.path, { Host = target.host })
end

function response(status, headers, body)
  if status >= 500 then
    s5 = s5 + 1
  elseif status >= 400 then
    s4 = s4 + 1
  elseif status >= 300 then
    s3 = s3 + 1
  else
    s2 = s2 + 1
  end
  if headers["X-Cache"] == "HIT" then
    hits = hits + 1
  end
end

function done(summary, latency, requests)
  local totals = { s2 = 0, s3 = 0, s4 = 0, s5 = 0, hits = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "LOADTEST requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f "
      .. "s2xx=%d s3xx=%d s4xx=%d s5xx=%d cache_hits=%d "
      .. "connect_errors=%d read_errors=%d write_errors=%d timeouts=%d non_2xx_3xx=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    totals.s2, totals.s3, totals.s4, totals.s5, totals.hits,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status
  ))
end
