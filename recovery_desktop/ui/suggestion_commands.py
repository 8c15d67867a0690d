"""Undoable answers to the mentor's suggestions, through the suggestions service.

As with ``commands``, the answer is given before the command is pushed, so the first
``redo`` does nothing; undo withdraws the answer (and an accepted suggestion's copy),
redo gives it again.
"""

from __future__ import annotations

from recovery_desktop.domain.feedback import SuggestionAnswer
from recovery_desktop.services import suggestions
from recovery_desktop.storage.vault import OpenVault
from recovery_desktop.ui.commands import Failed, Notify, ServiceCommand
from recovery_desktop.ui.i18n import translate


class AnswerSuggestionCommand(ServiceCommand):
    """An answer given; undo takes it back, so the suggestion waits again."""

    def __init__(
        self,
        answer: SuggestionAnswer,
        title: str,
        vault: OpenVault,
        notify: Notify,
        on_error: Failed,
    ) -> None:
        text = (
            translate("AnswerSuggestionCommand", "Accept “{title}”")
            if answer.accepted
            else translate("AnswerSuggestionCommand", "Decline “{title}”")
        )
        super().__init__(text.format(title=title), vault, notify, on_error)
        self._answer = answer

    def redo(self) -> None:
        """Give the answer again (skipped on push: it is already given)."""
        if not self._done_once:
            self._done_once = True
            return
        self._run(lambda: suggestions.reinstate(self._vault, self._answer))

    def undo(self) -> None:
        """Take the answer back."""
        self._run(lambda: suggestions.withdraw(self._vault, self._answer))
