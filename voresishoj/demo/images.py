"""
Demo pictures drawn with Pillow at load time, so the repository ships no binary files and
`make run` downloads nothing. Each is a simple, recognisable illustration of a real place.
"""

from io import BytesIO

from django.core.files.images import ImageFile

from PIL import Image, ImageDraw

from images.models import CustomImage

WIDTH, HEIGHT = 1600, 900
CREDIT = "Vores Ishøj"


def _sky(draw, top, bottom, horizon):
    for y in range(horizon):
        t = y / max(horizon - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (WIDTH, y)], fill=colour)


def _people(draw, y, count, colours):
    for i in range(count):
        x = 120 + i * (WIDTH - 240) // max(count - 1, 1)
        colour = colours[i % len(colours)]
        draw.ellipse([x - 18, y - 110, x + 18, y - 74], fill=colour)
        draw.rounded_rectangle([x - 26, y - 70, x + 26, y], radius=18, fill=colour)


def draw_town(draw):
    _sky(draw, (120, 190, 230), (250, 230, 200), 620)
    draw.rectangle([0, 620, WIDTH, HEIGHT], fill=(110, 170, 110))
    for i, height in enumerate([260, 340, 220, 400, 300, 250, 360]):
        x = 40 + i * 225
        draw.rectangle([x, 620 - height, x + 180, 620], fill=(200, 205, 215))
        for row in range(620 - height + 30, 600, 55):
            for col in range(x + 25, x + 160, 50):
                draw.rectangle([col, row, col + 25, row + 30], fill=(90, 130, 170))
    _people(draw, 860, 9, [(242, 177, 52), (11, 90, 115), (196, 70, 60), (120, 70, 150)])


def draw_glass_house(draw):
    _sky(draw, (40, 60, 110), (230, 150, 110), 640)
    draw.rectangle([0, 640, WIDTH, HEIGHT], fill=(90, 120, 90))
    draw.polygon([(400, 640), (400, 300), (800, 180), (1200, 300), (1200, 640)], fill=(60, 80, 90))
    for x in range(430, 1180, 75):
        draw.rectangle([x, 330, x + 55, 620], fill=(250, 215, 120))
    _people(draw, 860, 6, [(242, 177, 52), (255, 255, 255), (196, 70, 60)])


def draw_farm(draw):
    _sky(draw, (150, 205, 240), (235, 245, 250), 600)
    draw.rectangle([0, 600, WIDTH, HEIGHT], fill=(150, 185, 100))
    for x, w in [(150, 600), (850, 600)]:
        draw.rectangle([x, 380, x + w, 640], fill=(245, 235, 205))
        draw.polygon([(x - 30, 390), (x + w // 2, 230), (x + w + 30, 390)], fill=(165, 60, 45))
        draw.rectangle([x + w // 2 - 50, 520, x + w // 2 + 50, 640], fill=(110, 70, 40))
    draw.ellipse([1350, 80, 1490, 220], fill=(250, 220, 90))
    _people(draw, 860, 5, [(11, 90, 115), (242, 177, 52), (120, 70, 150)])


def draw_beach(draw):
    _sky(draw, (110, 185, 235), (220, 240, 250), 480)
    draw.rectangle([0, 480, WIDTH, 640], fill=(40, 120, 170))
    draw.rectangle([0, 640, WIDTH, HEIGHT], fill=(235, 215, 160))
    draw.ellipse([200, 90, 340, 230], fill=(250, 220, 90))
    _people(draw, 860, 7, [(196, 70, 60), (11, 90, 115), (242, 177, 52)])


DEMO_IMAGES = {
    "hero": ("Ishøj – byen ved Vejleåparken", draw_town),
    "glashuset": ("Glashuset i Vejleåparken", draw_glass_house),
    "bredekaergaard": ("Bredekærgård", draw_farm),
    "strand": ("Ishøj Strand", draw_beach),
}


def _render(drawer):
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    drawer(ImageDraw.Draw(picture))
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return buffer


def ensure_demo_images():
    """The demo images by key, drawn and saved the first time only."""
    images = {}
    for key, (title, drawer) in DEMO_IMAGES.items():
        image = CustomImage.objects.filter(title=title).first()
        if image is None:
            image = CustomImage(title=title, credit=CREDIT)
            image.file = ImageFile(_render(drawer), name=f"demo-{key}.jpg")
            image.save()
        images[key] = image
    return images
