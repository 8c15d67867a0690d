"""How documents reach paper: QTextDocument laid out on QPrinter pages, with a footer.

``services/reports.py`` decides what is printed; this module paginates it (keeping each
heading with the lines that follow it), draws the footer and page numbers on every
page, prints the wallet card at its real size with cut marks, and writes PDF files
atomically with mode 0600. Nothing is ever written to a temporary plaintext file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLineF, QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

# The core's translate (Qt's translators once the window installs them), so the page
# numbers and the card's title follow the same language as the page they are printed on.
from recovery_desktop.domain.language import translate
from recovery_desktop.services.reports import CardDocument, Document

MM_PER_INCH = 25.4
CARD_MM = QSizeF(85.6, 54.0)
PAGE_MARGINS_MM = QMarginsF(18, 16, 18, 14)
CARD_MARGINS_MM = QMarginsF(12, 14, 12, 14)
FOOTER_PT = 8.0


class SafeTextDocument(QTextDocument):
    """A text document that loads nothing from outside: no files, no URLs.

    ``requested`` records every resource the document asked for, so tests can prove
    that text such as ``<img src="/etc/passwd">`` was never fetched.
    """

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Refuse every resource that was not added with ``addResource``."""
        self.requested.append(name.toString() if isinstance(name, QUrl) else name)
        return None


def default_page_size() -> QPageSize.PageSizeId:
    """Letter where the locale measures in inches (US), A4 elsewhere."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def make_printer(
    page_size: QPageSize.PageSizeId | None = None, margins: QMarginsF = PAGE_MARGINS_MM
) -> QPrinter:
    """A high-resolution printer with our page size and margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(page_size or default_page_size()))
    printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    return printer


def _dpi(device: QPaintDevice) -> float:
    return float(device.resolution() if isinstance(device, QPrinter) else device.logicalDpiX())


def _mm(device: QPaintDevice, millimetres: float) -> float:
    return millimetres / MM_PER_INCH * _dpi(device)


def _footer_height(printer: QPrinter, large: bool) -> float:
    return _mm(printer, 10 if large else 8)


def layout_document(document: Document, printer: QPrinter) -> SafeTextDocument:
    """Lay the document out on the printer's pages, headings kept with what follows."""
    text = SafeTextDocument()
    text.documentLayout().setPaintDevice(printer)
    for name, png in document.images.items():
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png))
    text.setHtml(document.html)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    text.setPageSize(
        QSizeF(page.width(), page.height() - _footer_height(printer, document.large_print))
    )
    # Each move shifts what follows, so repeat until the layout settles.
    for _ in range(20):
        if not keep_tables_whole(text) + keep_headings_with_next(text):
            break
    return text


def keep_tables_whole(text: QTextDocument) -> int:
    """Move a short table that would straddle two pages to the next page.

    Long tables are left to break between rows (they repeat their header row); a short
    one, such as one trigger with its plan, stays in one piece. Returns how many moved.
    """
    page_height = text.pageSize().height()
    layout = text.documentLayout()
    moved = 0
    for frame in text.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        fmt = frame.format()
        if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            continue
        rect = layout.frameBoundingRect(frame)
        first_page = int(rect.top() // page_height)
        last_page = int((rect.bottom() - 1) // page_height)
        if first_page != last_page and rect.height() < page_height / 3:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            frame.setFormat(fmt)
            moved += 1
    return moved


def keep_headings_with_next(text: QTextDocument) -> int:
    """Start a heading on a new page when what follows it starts on the next page.

    Qt has no "keep with next"; a heading left alone at the foot of a page (because
    the lines or the table after it went over) is moved to the next page with them.
    Returns how many headings moved.
    """
    page_height = text.pageSize().height()
    layout = text.documentLayout()
    moved = 0
    block = text.begin()
    while block.isValid():
        following = block.next()
        if block.blockFormat().headingLevel() > 0 and following.isValid():
            heading_page = int(layout.blockBoundingRect(block).top() // page_height)
            cursor = QTextCursor(following)
            table = cursor.currentTable()
            rect = (
                layout.frameBoundingRect(table)
                if table is not None
                else layout.blockBoundingRect(following)
            )
            # The first line (or the first row) of what follows is what must come along.
            first_line_bottom = rect.top() + min(rect.height(), page_height / 12)
            already = (
                block.blockFormat().pageBreakPolicy()
                & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            )
            if int(first_line_bottom // page_height) > heading_page and not already:
                fmt = QTextBlockFormat(block.blockFormat())
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
                if table is not None:  # the heading's break carries the table along
                    table_format = table.format()
                    table_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
                    table.setFormat(table_format)
                moved += 1
        block = following
    return moved


def paint_document(document: Document, printer: QPrinter) -> int:
    """Print every page with the footer and "Page n of m"; returns the page count."""
    text = layout_document(document, printer)
    body = text.pageSize()
    pages = text.pageCount()
    footer_font = QFont("DejaVu Sans")
    footer_font.setPointSizeF(FOOTER_PT * (1.3 if document.large_print else 1.0))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        for index in range(pages):
            if index:
                printer.newPage()
            painter.save()
            painter.translate(0, -index * body.height())
            text.drawContents(
                painter, QRectF(0, index * body.height(), body.width(), body.height())
            )
            painter.restore()
            _draw_footer(painter, printer, body, document, index + 1, pages, footer_font)
    finally:
        painter.end()
    return pages


def _draw_footer(
    painter: QPainter,
    printer: QPrinter,
    body: QSizeF,
    document: Document,
    page: int,
    pages: int,
    font: QFont,
) -> None:
    top = body.height() + _mm(printer, 2)
    painter.save()
    painter.setPen(QPen(Qt.GlobalColor.darkGray, _mm(printer, 0.2)))
    painter.drawLine(QLineF(0, top, body.width(), top))
    painter.setFont(font)
    area = QRectF(0, top + _mm(printer, 1), body.width(), _mm(printer, 6))
    painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, document.footer)
    painter.drawText(
        area,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
        translate("printing", "Page {page} of {pages}").format(page=page, pages=pages),
    )
    painter.restore()


def card_rect(device: QPaintDevice) -> QRectF:
    """Where the front of the card goes, in device pixels (the back is to its right)."""
    return QRectF(
        _mm(device, 4), _mm(device, 8), _mm(device, CARD_MM.width()), _mm(device, CARD_MM.height())
    )


def paint_card(card: CardDocument, printer: QPaintDevice) -> int:
    """Print the wallet card at 85.6 × 54 mm; returns the page count (1).

    Front and back sit side by side, with cut marks around the outside and a dotted
    fold line between them.
    """
    rect = card_rect(printer)
    width, height, origin = rect.width(), rect.height(), rect.topLeft()
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    try:
        pad = _mm(printer, 3)
        for column, html in enumerate((card.front, card.back)):
            side = SafeTextDocument()
            side.documentLayout().setPaintDevice(printer)
            side.setDocumentMargin(0)
            side.setHtml(html)
            side.setTextWidth(width - 2 * pad)
            painter.save()
            painter.translate(origin.x() + column * width + pad, origin.y() + pad)
            side.drawContents(painter, QRectF(0, 0, width - 2 * pad, height - 2 * pad))
            painter.restore()
        _draw_card_marks(painter, printer, origin, width, height)
        caption = QFont("DejaVu Sans")
        caption.setPointSizeF(FOOTER_PT)
        painter.setFont(caption)
        painter.setPen(Qt.GlobalColor.darkGray)
        below = QRectF(
            origin.x(), origin.y() + height + _mm(printer, 9), 2 * width, _mm(printer, 8)
        )
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft, card.footer)
    finally:
        painter.end()
    return 1


def _draw_card_marks(
    painter: QPainter, printer: QPaintDevice, origin: QPointF, width: float, height: float
) -> None:
    gap, length = _mm(printer, 1.5), _mm(printer, 5)
    painter.save()
    painter.setPen(QPen(Qt.GlobalColor.black, _mm(printer, 0.2)))
    left, top = origin.x(), origin.y()
    right, bottom = left + 2 * width, top + height
    for x in (left, left + width, right):
        painter.drawLine(QLineF(x, top - gap - length, x, top - gap))
        painter.drawLine(QLineF(x, bottom + gap, x, bottom + gap + length))
    for y in (top, bottom):
        painter.drawLine(QLineF(left - gap - length, y, left - gap, y))
        painter.drawLine(QLineF(right + gap, y, right + gap + length, y))
    painter.setPen(QPen(Qt.GlobalColor.lightGray, _mm(printer, 0.15)))
    painter.drawRect(QRectF(left, top, 2 * width, height))  # a faint guide if marks are missed
    fold = QPen(Qt.GlobalColor.gray, _mm(printer, 0.2), Qt.PenStyle.DotLine)
    painter.setPen(fold)
    painter.drawLine(QLineF(left + width, top, left + width, bottom))
    painter.restore()


def write_pdf(
    path: Path,
    paint: Callable[[QPrinter], int],
    page_size: QPageSize.PageSizeId | None = None,
    margins: QMarginsF = PAGE_MARGINS_MM,
    title: str = "",
) -> int:
    """Render to ``path`` as PDF, atomically and readable by the owner only.

    ``paint(printer) -> pages`` does the drawing. The PDF is written under a temporary
    name in the same folder and renamed when complete.
    """
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    temp = Path(temp_name)
    try:
        printer = make_printer(page_size, margins)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(temp))
        printer.setDocName(title)
        printer.setCreator("Recovery Desktop")
        pages = paint(printer)
        temp.chmod(0o600)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        temp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return int(pages)


def document_pdf(
    document: Document, path: Path, page_size: QPageSize.PageSizeId | None = None
) -> int:
    """Write a paginated document to PDF; returns its page count."""
    return write_pdf(
        path, lambda printer: paint_document(document, printer), page_size, title=document.title
    )


def card_pdf(card: CardDocument, path: Path, page_size: QPageSize.PageSizeId | None = None) -> int:
    """Write the wallet card page to PDF."""
    return write_pdf(
        path,
        lambda printer: paint_card(card, printer),
        page_size,
        CARD_MARGINS_MM,
        translate("printing", "Wallet crisis card"),
    )
