"""File > Print, Print preview, Export as PDF, the wallet card and the blank plan."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow

from recovery_desktop.services import reports
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui import printing
from recovery_desktop.ui.dialogs.print_options_dialog import PrintOptionsDialog
from recovery_desktop.ui.errors import show_error

Paint = Callable[[QPrinter], int]


class PrintActions(QObject):
    """Answers the print actions of one workspace window."""

    def __init__(self, vault: OpenVault, window: QMainWindow, flush: Callable[[], None]) -> None:
        super().__init__(window)
        self._vault = vault
        self._window = window
        self._flush = flush  # save text still being typed, so it is printed too
        #: The dialog opened last (tests drive it).
        self.dialog: QObject | None = None

    # --- what to print -----------------------------------------------------------------

    def _plan_painter(self, options: reports.PrintOptions) -> Paint:
        self._flush()
        document = reports.plan_document(self._vault, options)
        return lambda printer: printing.paint_document(document, printer)

    def _card_painter(self) -> Paint:
        self._flush()
        card = reports.card_document(self._vault)
        return lambda printer: printing.paint_card(card, printer)

    def _blank_painter(self, options: reports.PrintOptions) -> Paint:
        document = reports.blank_plan_document(self._vault, options)
        return lambda printer: printing.paint_document(document, printer)

    # --- actions -----------------------------------------------------------------------

    def print_plan(self) -> None:
        """Options, then the system print dialog."""
        self._with_options(
            self.tr("Print my plan"),
            self.tr("&Print…"),
            lambda o, size: self._print(self._plan_painter(o), size),
        )

    def print_document(self, document: reports.Document) -> None:
        """Straight to the print dialog with a ready document (a session brief)."""
        self._guarded(
            lambda: self._print(
                lambda printer: printing.paint_document(document, printer),
                printing.default_page_size(),
            )
        )

    def preview_plan(self) -> None:
        """Options, then a print preview."""
        self._with_options(
            self.tr("Print preview"),
            self.tr("&Preview…"),
            lambda o, size: self._preview(self._plan_painter(o), size),
        )

    def export_plan_pdf(self) -> None:
        """Options, then a PDF file."""
        self._with_options(
            self.tr("Export my plan as PDF"),
            self.tr("&Export…"),
            lambda o, size: self._export(
                self._plan_painter(o),
                size,
                # The file name suggested in the save dialog.
                self.tr("relapse-prevention-plan.pdf"),
            ),
        )

    def print_card(self) -> None:
        """The wallet card, straight to the print dialog."""
        self._guarded(
            lambda: self._print(
                self._card_painter(), printing.default_page_size(), printing.CARD_MARGINS_MM
            )
        )

    def print_blank(self) -> None:
        """Options, then print the blank plan."""
        self._with_options(
            self.tr("Print a blank plan"),
            self.tr("&Print…"),
            lambda o, size: self._print(self._blank_painter(o), size),
        )

    # --- plumbing ----------------------------------------------------------------------

    def _with_options(
        self,
        title: str,
        action: str,
        then: Callable[[reports.PrintOptions, QPageSize.PageSizeId], None],
    ) -> None:
        chosen = len(reports.printed_comments(self._vault))
        dialog = PrintOptionsDialog(title, action, self._window, comments_chosen=chosen)
        dialog.options_chosen.connect(
            lambda options, size: self._guarded(lambda: then(options, size))
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as error:  # noqa: BLE001 - shown to the person; nothing is lost
            show_error(self._window, error, self.tr("Printing"))

    def _print(
        self,
        paint: Paint,
        size: QPageSize.PageSizeId,
        margins: QMarginsF = printing.PAGE_MARGINS_MM,
    ) -> None:
        printer = printing.make_printer(size, margins)
        dialog = QPrintDialog(printer, self._window)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._guarded(lambda: self._status(paint(printer), self.tr("Sent to the printer")))
            dialog.deleteLater()

        # Not "accepted": QPrintDialog overloads it with a printer argument.
        dialog.finished.connect(finished)
        self.dialog = dialog
        QDialog.open(dialog)  # PySide's QPrintDialog.open() insists on a receiver

    def _preview(self, paint: Paint, size: QPageSize.PageSizeId) -> None:
        printer = printing.make_printer(size)
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.paintRequested.connect(paint)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _export(self, paint: Paint, size: QPageSize.PageSizeId, suggested: str) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export as PDF"),
            str(Path.home() / suggested),
            self.tr("PDF files (*.pdf)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        pages = printing.write_pdf(path, paint, size)
        self._status(pages, self.tr("Saved {name}").format(name=path.name))

    def _status(self, pages: int, what: str) -> None:
        self._window.statusBar().showMessage(
            (
                self.tr("{what}: 1 page.").format(what=what)
                if pages == 1
                else self.tr("{what}: {count} pages.").format(what=what, count=pages)
            ),
            6000,
        )
