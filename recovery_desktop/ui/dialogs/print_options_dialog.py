"""Choosing what to print: sections, mentor comments, a progress page, paper, large print."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QPageSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from recovery_desktop.services.reports import PARTS, PrintOptions
from recovery_desktop.ui.i18n import core
from recovery_desktop.ui.printing import default_page_size
from recovery_desktop.ui.widgets.basics import plain_label

PAPER = (
    (QPageSize.PageSizeId.A4, QT_TRANSLATE_NOOP("PrintOptionsDialog", "A4 (210 × 297 mm)")),
    (QPageSize.PageSizeId.Letter, QT_TRANSLATE_NOOP("PrintOptionsDialog", "Letter (8.5 × 11 in)")),
)


class PrintOptionsDialog(QDialog):
    """Emits ``options_chosen(PrintOptions, QPageSize.PageSizeId)`` on OK."""

    #: (PrintOptions, QPageSize.PageSizeId)
    options_chosen = Signal(object, object)

    def __init__(
        self, title: str, action: str, parent: QWidget | None = None, comments_chosen: int = 0
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        sections = QGroupBox(self.tr("Sections to include"), self)
        grid = QGridLayout(sections)
        self.parts: dict[str, QCheckBox] = {}
        for index, (key, title) in enumerate(PARTS):
            heading = core("PlanSection", title)
            box = QCheckBox(heading, sections)
            box.setChecked(True)
            box.setAccessibleName(self.tr("Include: {heading}").format(heading=heading))
            grid.addWidget(box, index % 5, index // 5)
            self.parts[key] = box
        self.progress = QCheckBox(
            self.tr("Add a page on how the last month went (text and a chart)"), self
        )
        self.progress.setAccessibleName(self.tr("Include a progress summary page"))
        self.comments = QCheckBox(self.tr("Include my mentor's comments"), self)
        self.comments.setAccessibleName(self.tr("Include my mentor's comments"))
        self.comments.setEnabled(comments_chosen > 0)
        self.comments.setChecked(comments_chosen > 0)
        comments_note = plain_label(
            (
                self.tr("1 comment chosen for printing in the Mentor tab.")
                if comments_chosen == 1
                else self.tr("{count} comments chosen for printing in the Mentor tab.").format(
                    count=comments_chosen
                )
            )
            if comments_chosen
            else self.tr(
                "Choose which of your mentor's comments to print in the Mentor tab "
                "(Print with my plan)."
            ),
            self,
        )
        comments_note.setEnabled(False)
        self.large = QCheckBox(self.tr("&Large print"), self)
        self.large.setAccessibleName(self.tr("Large print"))
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        for size, label in PAPER:
            self.paper.addItem(self.tr(label), size)
        self.paper.setCurrentIndex(self.paper.findData(default_page_size()))
        form = QFormLayout()
        form.addRow(self.tr("&Paper:"), self.paper)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setAccessibleName(action.replace("&", "").rstrip("…"))
        ok.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._on_ok_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(sections)
        layout.addWidget(self.progress)
        layout.addWidget(self.comments)
        layout.addWidget(comments_note)
        layout.addWidget(self.large)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def options(self) -> PrintOptions:
        """The choices as print options."""
        return PrintOptions(
            parts=frozenset(key for key, box in self.parts.items() if box.isChecked()),
            large_print=self.large.isChecked(),
            progress_summary=self.progress.isChecked(),
            mentor_comments=self.comments.isChecked(),
        )

    def page_size(self) -> QPageSize.PageSizeId:
        """The chosen paper."""
        size = self.paper.currentData()
        assert isinstance(size, QPageSize.PageSizeId)
        return size

    def _on_ok_clicked(self) -> None:
        self.accept()
        self.options_chosen.emit(self.options(), self.page_size())
