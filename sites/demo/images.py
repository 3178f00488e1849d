"""Demo logos and hero pictures, drawn with Pillow so the repo ships no binary assets."""

import io
import math
import random

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont


def _rgb(hex_color):
    return tuple(int(hex_color[i : i + 2], 16) for i in (1, 3, 5))


def _font(size):
    return ImageFont.load_default(size=size)


def draw_logo(short_name, brand_color, accent_color):
    """A word mark: the short name in the brand colour beside a badge of network nodes."""
    width, height = 480, 128
    image = PILImage.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    brand, accent = _rgb(brand_color), _rgb(accent_color)
    draw.rounded_rectangle((8, 8, 120, 120), radius=24, fill=brand)
    nodes = [(36, 40), (92, 36), (64, 90), (40, 96), (96, 88)]
    for start, end in ((0, 1), (0, 2), (1, 2), (2, 3), (2, 4), (1, 4)):
        draw.line((nodes[start], nodes[end]), fill="white", width=4)
    for x, y in nodes:
        draw.ellipse((x - 8, y - 8, x + 8, y + 8), fill=accent, outline="white", width=3)
    font = _font(44 if len(short_name) < 12 else 34)
    draw.text((140, height // 2), short_name, fill=brand, font=font, anchor="lm")
    text_end = 140 + int(draw.textlength(short_name, font=font)) + 16
    image = image.crop((0, 0, min(width, text_end), height))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def draw_hero(seed, brand_color, accent_color):
    """An abstract wide picture: a gradient with a network of lines, different per association."""
    width, height = 1920, 720
    brand, accent = _rgb(brand_color), _rgb(accent_color)
    gradient = PILImage.linear_gradient("L").rotate(90, expand=True).resize((width, height))
    image = PILImage.composite(
        PILImage.new("RGB", (width, height), accent),
        PILImage.new("RGB", (width, height), brand),
        gradient,
    )
    draw = ImageDraw.Draw(image, "RGBA")
    rng = random.Random(seed)  # noqa: S311 - decoration, not security
    points = [(rng.randint(0, width), rng.randint(0, height)) for _ in range(42)]
    for index, (x, y) in enumerate(points):
        for other_x, other_y in points[index + 1 :]:
            if math.dist((x, y), (other_x, other_y)) < 330:
                draw.line(((x, y), (other_x, other_y)), fill=(255, 255, 255, 70), width=3)
    for x, y in points:
        radius = rng.randint(6, 16)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(255, 255, 255, 150))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    return buffer.getvalue()
