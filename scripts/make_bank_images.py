"""Draw the pictures used by the shipped ByteDance banks (run offscreen).

python scripts/make_bank_images.py [OUT_DIR]   # default: questions/images/

Every word a picture shows is in ``TEXTS`` below, one dict per language, so
that tests/content/ can check that no picture gives away the answer of a
question. Importing this module needs no Qt; drawing does.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

WIDTH, HEIGHT = 860, 300

# picture name -> language -> the texts the picture draws, by role. A picture
# illustrates its question; it labels nothing that any question asks.
TEXTS: dict[str, dict[str, dict[str, str]]] = {
    "ai-chip": {
        "en": {"chip": "AI"},
        "id": {"chip": "AI"},
    },
    "two-markets": {
        "en": {"home": "China", "abroad": "Abroad", "home_name": "?", "abroad_name": "TikTok"},
        "id": {
            "home": "Tiongkok",
            "abroad": "Mancanegara",
            "home_name": "?",
            "abroad_name": "TikTok",
        },
    },
}

LANGUAGES = ("en", "id")


def picture_texts(name: str, language: str) -> list[str]:
    """The strings picture ``name`` draws in ``language``."""
    return list(TEXTS[name][language].values())


def image_file(name: str, language: str) -> str:
    """The picture's path as a bank names it: ``images/<name>.<language>.png``."""
    return f"images/{name}.{language}.png"


# --- drawing (Qt from here on) -------------------------------------------------------------------


def colours() -> dict[str, QColor]:
    from PySide6.QtGui import QColor

    return {
        "ink": QColor("#1f2937"),
        "accent": QColor("#2563eb"),
        "soft": QColor("#dbeafe"),
        "chip": QColor("#334155"),
        "pin": QColor("#94a3b8"),
        "white": QColor("white"),
    }


def font(size: int, bold: bool = False) -> QFont:
    from PySide6.QtGui import QFont

    f = QFont("DejaVu Sans")
    f.setPixelSize(size)
    f.setBold(bold)
    return f


def new_canvas() -> tuple[QImage, QPainter]:
    from PySide6.QtGui import QImage, QPainter

    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(colours()["white"])
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def draw_ai_chip(t: dict[str, str]) -> QImage:
    """A chip with its pins, circuit lines leading away on both sides."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPen

    c = colours()
    image, p = new_canvas()
    body = QRectF(WIDTH / 2 - 90, HEIGHT / 2 - 90, 180, 180)
    p.setPen(QPen(c["accent"], 3))
    for row in range(6):
        y = body.top() + 22 + row * 27
        for x0, x1 in ((60.0, body.left() - 40), (body.right() + 40, WIDTH - 60.0)):
            p.drawLine(QPointF(x0, y), QPointF(x1, y))
            p.setBrush(c["soft"])
            end = x0 if x0 < body.left() else x1
            p.drawEllipse(QPointF(end, y), 6, 6)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(c["pin"])
    for step in range(6):
        offset = 22 + step * 27
        p.drawRect(QRectF(body.left() - 40, body.top() + offset - 5, 40, 10))
        p.drawRect(QRectF(body.right(), body.top() + offset - 5, 40, 10))
        p.drawRect(QRectF(body.left() + offset - 5, body.top() - 30, 10, 30))
        p.drawRect(QRectF(body.left() + offset - 5, body.bottom(), 10, 30))
    p.setBrush(c["chip"])
    p.drawRoundedRect(body, 12, 12)
    p.setPen(QPen(c["pin"], 2))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(body.adjusted(18, 18, -18, -18), 8, 8)
    p.setPen(c["white"])
    p.setFont(font(54, bold=True))
    p.drawText(body, Qt.AlignmentFlag.AlignCenter, t["chip"])
    p.end()
    return image


def draw_two_markets(t: dict[str, str]) -> QImage:
    """Two phones playing a short video: the app's name at home and abroad."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPen, QPolygonF

    c = colours()
    image, p = new_canvas()
    for centre, place, name in (
        (WIDTH * 0.3, t["home"], t["home_name"]),
        (WIDTH * 0.7, t["abroad"], t["abroad_name"]),
    ):
        p.setPen(c["ink"])
        p.setFont(font(22, bold=True))
        p.drawText(QRectF(centre - 150, 8, 300, 34), Qt.AlignmentFlag.AlignCenter, place)
        phone = QRectF(centre - 70, 48, 140, 240)
        p.setPen(QPen(c["ink"], 4))
        p.setBrush(c["chip"])
        p.drawRoundedRect(phone, 20, 20)
        screen = phone.adjusted(10, 24, -10, -30)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(c["soft"])
        p.drawRect(screen)
        mid = screen.center()
        p.setBrush(c["accent"])
        p.drawPolygon(
            QPolygonF(
                [
                    QPointF(mid.x() - 18, mid.y() - 40),
                    QPointF(mid.x() - 18, mid.y() + 0),
                    QPointF(mid.x() + 18, mid.y() - 20),
                ]
            )
        )
        p.setPen(c["ink"])
        p.setFont(font(24, bold=True))
        p.drawText(
            QRectF(screen.left(), screen.bottom() - 60, screen.width(), 44),
            Qt.AlignmentFlag.AlignCenter,
            name,
        )
    p.end()
    return image


DRAW: dict[str, Callable[[dict[str, str]], QImage]] = {
    "ai-chip": draw_ai_chip,
    "two-markets": draw_two_markets,
}


def main(out_dir: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, draw in DRAW.items():
        for language in LANGUAGES:
            path = out_dir / Path(image_file(name, language)).name
            if not draw(TEXTS[name][language]).save(str(path), b"PNG"):
                raise SystemExit(f"could not write {path}")
            print(path)
    del app


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Draw the shipped banks' pictures (PNG).")
    parser.add_argument(
        "out_dir",
        nargs="?",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "questions" / "images",
        help="where to write them (default: questions/images)",
    )
    main(parser.parse_args().out_dir)
