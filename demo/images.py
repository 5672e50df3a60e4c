"""
Demo pictures drawn with Pillow at load time, so the repository ships no binary files and
`make run` downloads nothing. Each is a simple, recognisable illustration of a real place or of
what happens there.
"""

from io import BytesIO

from django.core.files.images import ImageFile

from PIL import Image, ImageDraw

from images.models import CustomImage

WIDTH, HEIGHT = 1600, 900


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


def _room(draw, wall, floor):
    draw.rectangle([0, 0, WIDTH, 600], fill=wall)
    draw.rectangle([0, 600, WIDTH, HEIGHT], fill=floor)


def draw_swap_market(draw):
    _sky(draw, (150, 205, 240), (240, 235, 220), 560)
    draw.rectangle([0, 560, WIDTH, HEIGHT], fill=(170, 190, 120))
    for i, colour in enumerate([(196, 70, 60), (242, 177, 52), (11, 90, 115), (120, 70, 150)]):
        x = 90 + i * 380
        draw.rectangle([x, 500, x + 300, 530], fill=(150, 110, 70))
        draw.rectangle([x + 20, 530, x + 40, 680], fill=(120, 85, 50))
        draw.rectangle([x + 260, 530, x + 280, 680], fill=(120, 85, 50))
        for j in range(4):
            draw.rectangle([x + 15 + j * 72, 440, x + 70 + j * 72, 500], fill=colour)
    _people(draw, 860, 8, [(11, 90, 115), (242, 177, 52), (196, 70, 60), (255, 255, 255)])


def draw_cafe(draw):
    _room(draw, (245, 225, 195), (180, 140, 100))
    for x in (200, 700, 1200):
        draw.rectangle([x, 120, x + 260, 420], fill=(170, 215, 240))
        draw.ellipse([x - 40, 560, x + 300, 640], fill=(255, 255, 255))
        for cup in range(3):
            draw.rounded_rectangle(
                [x + 30 + cup * 90, 540, x + 80 + cup * 90, 590], 8, (11, 90, 115)
            )
    draw.rounded_rectangle([530, 700, 740, 800], radius=40, fill=(120, 70, 150))
    for x in (560, 710):
        draw.ellipse([x - 25, 790, x + 25, 840], fill=(40, 40, 40))
    _people(draw, 880, 5, [(196, 70, 60), (242, 177, 52), (11, 90, 115)])


def draw_sewing_room(draw):
    _room(draw, (225, 230, 240), (150, 120, 95))
    for i, colour in enumerate([(196, 70, 60), (242, 177, 52), (11, 90, 115), (90, 160, 110)]):
        draw.rectangle([120 + i * 90, 150, 190 + i * 90, 560], fill=colour)
    draw.rectangle([600, 520, 1500, 560], fill=(110, 80, 55))
    for x in (680, 1050):
        draw.rectangle([x, 400, x + 260, 520], fill=(245, 245, 245))
        draw.rectangle([x + 200, 330, x + 250, 520], fill=(245, 245, 245))
        draw.rectangle([x, 330, x + 250, 370], fill=(245, 245, 245))
    _people(draw, 880, 4, [(120, 70, 150), (242, 177, 52)])


def draw_repair_cafe(draw):
    _room(draw, (210, 225, 215), (160, 130, 100))
    draw.rectangle([150, 500, 1450, 545], fill=(110, 80, 55))
    draw.ellipse([250, 280, 470, 500], outline=(40, 40, 40), width=14)
    draw.polygon([(760, 300), (900, 300), (960, 420), (700, 420)], fill=(242, 177, 52))
    draw.rectangle([820, 420, 840, 500], fill=(40, 40, 40))
    draw.rectangle([1150, 430, 1330, 500], fill=(196, 70, 60))
    _people(draw, 880, 6, [(11, 90, 115), (196, 70, 60), (242, 177, 52)])


# The drawing of each demo image (demo/data/images.json holds their titles and credits).
DRAWINGS = {
    "hero": draw_town,
    "glashuset": draw_glass_house,
    "bredekaergaard": draw_farm,
    "strand": draw_beach,
    "byttemarked": draw_swap_market,
    "barselscafe": draw_cafe,
    "systue": draw_sewing_room,
    "reparationscafe": draw_repair_cafe,
}


def _render(drawer):
    picture = Image.new("RGB", (WIDTH, HEIGHT))
    drawer(ImageDraw.Draw(picture))
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return buffer


def ensure_demo_images(records):
    """The demo images by key, drawn and saved the first time only."""
    images = {}
    for record in records:
        image = CustomImage.objects.filter(title=record["title"]).first()
        if image is None:
            image = CustomImage(title=record["title"], credit=record["credit"])
            name = record["drawing"]
            image.file = ImageFile(_render(DRAWINGS[name]), name=f"demo-{name}.jpg")
            image.save()
        images[record["key"]] = image
    return images
