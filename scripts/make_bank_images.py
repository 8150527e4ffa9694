"""Draw the small diagrams used by the shipped ByteDance banks (run offscreen).

python scripts/make_bank_images.py [OUT_DIR]   # default: questions/images/
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen, QPolygonF

WIDTH, HEIGHT = 860, 300
INK = QColor("#1f2937")
ACCENT = QColor("#2563eb")
SOFT = QColor("#dbeafe")
WARN = QColor("#dc2626")

TEXTS = {
    "en": {
        "rule_title": "US rule, August 2020",
        "maker": "Foreign chipmaker\n(uses US technology)",
        "huawei": "Huawei\n(Chinese electronics maker)",
        "licence": "licence required",
        "issuer": "Issued by: ?",
        "tl_title": "ByteDance: from start-up to worldwide apps",
        "tl_2012": "ByteDance founded\nby Zhang Yiming",
        "tl_2016": "Short-video app\nlaunched in China",
        "tl_later": "Released abroad\nas TikTok",
        "later": "later",
    },
    "id": {
        "rule_title": "Aturan AS, Agustus 2020",
        "maker": "Produsen chip asing\n(memakai teknologi AS)",
        "huawei": "Huawei\n(produsen elektronik Tiongkok)",
        "licence": "wajib punya lisensi",
        "issuer": "Diterbitkan oleh: ?",
        "tl_title": "ByteDance: dari rintisan ke aplikasi dunia",
        "tl_2012": "ByteDance didirikan\noleh Zhang Yiming",
        "tl_2016": "Aplikasi video pendek\ndiluncurkan di Tiongkok",
        "tl_later": "Dirilis ke luar negeri\nsebagai TikTok",
        "later": "kemudian",
    },
}


def font(size: int, bold: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setPixelSize(size)
    f.setBold(bold)
    return f


def arrow(p: QPainter, start: QPointF, end: QPointF, color: QColor) -> None:
    p.setPen(QPen(color, 4))
    p.drawLine(start, QPointF(end.x() - 14, end.y()))
    p.setBrush(color)
    p.setPen(Qt.PenStyle.NoPen)
    p.drawPolygon(
        QPolygonF([end, QPointF(end.x() - 18, end.y() - 10), QPointF(end.x() - 18, end.y() + 10)])
    )


def box(p: QPainter, rect: QRectF, text: str) -> None:
    p.setPen(QPen(ACCENT, 3))
    p.setBrush(SOFT)
    p.drawRoundedRect(rect, 12, 12)
    p.setPen(INK)
    p.setFont(font(16, bold=True))
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def new_canvas() -> tuple[QImage, QPainter]:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def title(p: QPainter, text: str) -> None:
    p.setPen(INK)
    p.setFont(font(22, bold=True))
    p.drawText(QRectF(0, 14, WIDTH, 34), Qt.AlignmentFlag.AlignCenter, text)


def draw_rule(t: dict[str, str]) -> QImage:
    image, p = new_canvas()
    title(p, t["rule_title"])
    left = QRectF(20, 120, 310, 100)
    right = QRectF(WIDTH - 330, 120, 310, 100)
    box(p, left, t["maker"])
    box(p, right, t["huawei"])
    arrow(p, QPointF(left.right() + 10, 170), QPointF(right.left() - 10, 170), ACCENT)
    p.setPen(INK)
    p.setFont(font(16))
    p.drawText(
        QRectF(left.right(), 176, right.left() - left.right(), 30),
        Qt.AlignmentFlag.AlignCenter,
        t["licence"],
    )
    issuer = QRectF(WIDTH / 2 - 150, 66, 300, 44)
    p.setPen(QPen(WARN, 3, Qt.PenStyle.DashLine))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRoundedRect(issuer, 10, 10)
    p.setPen(WARN)
    p.setFont(font(17, bold=True))
    p.drawText(issuer, Qt.AlignmentFlag.AlignCenter, t["issuer"])
    p.end()
    return image


def draw_timeline(t: dict[str, str]) -> QImage:
    image, p = new_canvas()
    title(p, t["tl_title"])
    y = 150.0
    arrow(p, QPointF(40, y), QPointF(WIDTH - 30, y), INK)
    marks = [
        (150.0, "2012", t["tl_2012"], False),
        (430.0, "2016", "?", True),
        (710.0, t["later"], t["tl_later"], False),
    ]
    for x, label, caption, unknown in marks:
        color = WARN if unknown else ACCENT
        p.setPen(QPen(color, 3))
        p.setBrush(QColor("white"))
        p.drawEllipse(QPointF(x, y), 11, 11)
        p.setPen(INK)
        p.setFont(font(19, bold=True))
        p.drawText(QRectF(x - 90, y - 58, 180, 30), Qt.AlignmentFlag.AlignCenter, label)
        text = caption if not unknown else t["tl_2016"]
        p.setFont(font(16))
        p.drawText(QRectF(x - 120, y + 22, 240, 50), Qt.AlignmentFlag.AlignCenter, text)
        if unknown:
            p.setPen(QPen(WARN, 3, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            name_box = QRectF(x - 60, y + 80, 120, 44)
            p.drawRoundedRect(name_box, 10, 10)
            p.setPen(WARN)
            p.setFont(font(24, bold=True))
            p.drawText(name_box, Qt.AlignmentFlag.AlignCenter, "?")
    p.end()
    return image


def main(out_dir: Path) -> None:
    app = QGuiApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for lang, texts in TEXTS.items():
        for name, draw in (("us-rule-2020", draw_rule), ("douyin-timeline", draw_timeline)):
            path = out_dir / f"{name}.{lang}.png"
            if not draw(texts).save(str(path), "PNG"):
                raise SystemExit(f"could not write {path}")
            print(path)
    del app


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / "questions" / "images"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
