"""The main screen: conversation on the left, "What I've understood so far" on the right, input below."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from backchat.tui.facts_view import fact_rows
from backchat.tui.messages import AnswerSubmitted
from backchat.tui.widgets.conversation import ConversationLog, Role
from backchat.tui.widgets.facts_panel import FactsPanel
from backchat.tui.widgets.footer import KeyFooter
from backchat.tui.widgets.progress import IntakeProgress
from backchat.tui.widgets.voice_status import VoiceStatus

if TYPE_CHECKING:  # types only: the screen paints before the engine loads
    from backchat.core.facts import FactValue
    from backchat.core.flow import Flow
    from backchat.core.turn import Turn

__all__ = ["MainScreen", "turn_text"]


def turn_text(turn: Turn) -> str:
    """What the conversation shows for ``turn``; an outcome is shortened (its screen shows it in full)."""
    o = turn.outcome
    if o is None:
        return turn.say
    first = turn.say.split("\n\n", 1)[0]
    lead = f"{first}\n\n" if first != o.title else ""
    return f"{lead}{o.title}\n\n{o.action}\n\n(The full result is on its own screen; F6 shows it again.)"


class MainScreen(Screen[None]):
    """The intake itself."""

    AUTO_FOCUS = "#answer"
    HORIZONTAL_BREAKPOINTS = [(0, "-tiny"), (80, "-narrow"), (100, "-wide")]
    """Below 80 columns the side panel hides (F4 still opens it); below 100 the flow's title does."""
    BINDINGS = [
        Binding("pageup", "scroll_log(-1)", "Scroll up", show=False),
        Binding("pagedown", "scroll_log(1)", "Scroll down", show=False),
        Binding("escape", "focus_answer", "Back to the answer line", show=False),
    ]

    class Ready(Message):
        """The screen is composed; the app shows the first turn."""

    def __init__(self, flow: Flow | None) -> None:
        super().__init__()
        self._flow = flow

    @property
    def flow(self) -> Flow:
        """The intake's flow (the screen may be painted before the flow is loaded)."""
        assert self._flow is not None, "the flow is not loaded yet"
        return self._flow

    def set_flow(self, flow: Flow) -> None:
        """The flow, once loaded after the first paint: its title goes in the top bar."""
        self._flow = flow
        self.query_one("#flow-title", Static).update(Content(flow.title))

    def compose(self) -> ComposeResult:
        with Horizontal(id="topbar"):
            yield Static(Content.styled("backchat", "bold"), id="app-name", markup=False)
            yield Static(Content(self._flow.title if self._flow else ""), id="flow-title", markup=False)
            yield IntakeProgress(id="progress")
        with Horizontal(id="body"):
            yield ConversationLog(id="log")
            with Vertical(id="side"):
                yield Static(Content.styled("What I've understood so far", "bold"), id="side-title",
                             markup=False)
                yield FactsPanel(id="facts")
                yield Static(Content.styled("F4 or click to change one", "dim"), id="side-hint",
                             markup=False)
        yield VoiceStatus(id="voice")
        yield Input(placeholder="Type your answer and press Enter", id="answer")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.post_message(self.Ready())

    # -- what the app calls ---------------------------------------------------------------
    @property
    def log_view(self) -> ConversationLog:
        """The conversation."""
        return self.query_one(ConversationLog)

    @property
    def facts_panel(self) -> FactsPanel:
        """The side panel."""
        return self.query_one(FactsPanel)

    @property
    def answer(self) -> Input:
        """The input line."""
        return self.query_one("#answer", Input)

    @property
    def voice(self) -> VoiceStatus:
        """The voice status line (hidden until voice is on)."""
        return self.query_one(VoiceStatus)

    def say(self, speaker: Role, text: str) -> None:
        """Add one turn to the conversation."""
        self.log_view.add(speaker, text)

    def show_turn(self, turn: Turn, facts: Mapping[str, FactValue], unknown: Sequence[str]) -> None:
        """Show the engine's reply and refresh the panel and the progress line."""
        if turn.event == "restart":
            self.log_view.clear()
        self.say("assistant", turn_text(turn))
        self.refresh_state(turn, facts, unknown)

    def refresh_state(self, turn: Turn, facts: Mapping[str, FactValue], unknown: Sequence[str]) -> None:
        """Refresh the side panel and the progress line from ``turn``."""
        self.facts_panel.show(fact_rows(self.flow, facts, unknown, turn.question, turn.finished, turn.to_check))
        self.query_one(IntakeProgress).show(turn.progress, turn.finished)
        self.answer.placeholder = ("Type here to add or change something, or press F6 for the result"
                                   if turn.finished else "Type your answer and press Enter")

    def focus_answers(self) -> None:
        """Move the keyboard to the side panel (on a narrow screen it takes the conversation's place)."""
        self.add_class("-panel-open")
        panel = self.facts_panel
        panel.focus()
        if panel.highlighted is None and panel.option_count:
            panel.highlighted = 0

    # -- events ---------------------------------------------------------------------------
    @on(Input.Submitted, "#answer")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value
        self.answer.clear()
        if text.strip():  # Enter on an empty line does nothing
            self.post_message(AnswerSubmitted(text))

    def action_scroll_log(self, direction: int) -> None:
        """Page the conversation up or down without leaving the input line."""
        log = self.log_view
        if direction < 0:
            log.scroll_page_up()
        else:
            log.scroll_page_down()

    def on_resize(self, _event: events.Resize) -> None:
        self.query_one(IntakeProgress).redraw()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget.id == "answer":
            self.remove_class("-panel-open")

    def action_focus_answer(self) -> None:
        """Back to the input line."""
        self.answer.focus()
