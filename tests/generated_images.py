"""Images made for the tests: large ones cheaply, without holding their pixels in memory."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile

from PIL import Image


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def grey_png(width, height, name="stort.png", pixels=True):
    """
    A black 8-bit greyscale PNG, compressed row by row: 12,000 × 12,000 is about 140 KB. Without
    `pixels` only its header is written (as much as Pillow reads before it refuses a bomb).
    """
    header = png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    data = b""
    if pixels:
        compressor = zlib.compressobj(9)
        row = bytes(width + 1)  # filter byte and black pixels
        data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    content = b"\x89PNG\r\n\x1a\n" + header + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")
    return SimpleUploadedFile(name, content, content_type="image/png")


def photo(size, name="billede.jpg", image_format="JPEG", exif=None):
    buffer = io.BytesIO()
    options = {"exif": exif} if exif is not None else {}
    Image.new("RGB", size, "teal").save(buffer, image_format, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=Image.MIME[image_format])


def phone_photo(size, orientation=6, name="fra-telefonen.jpg"):
    """A JPEG as a phone saves it: where it was taken, and turned by its EXIF orientation."""
    exif = Image.Exif()
    exif[0x010F] = "Telefonfabrikken"  # camera make
    exif[0x0112] = orientation  # 6: shown turned a quarter clockwise
    exif[0x8825] = {2: (55.0, 37.0, 0.0), 4: (12.0, 21.0, 0.0)}  # GPS position
    return photo(size, name=name, exif=exif)
