"""The terminal app: one :class:`Conversation` driven from a Textual UI.

The app owns the conversation and is the only place that calls it; screens and
widgets post messages or run app actions. :func:`make_app` builds the app the
same way for ``backchat``, the tests and the benchmark; :func:`run_tui` is what
the CLI calls.

Seam for hands-free mode: :meth:`BackchatApp.submit_text` takes recognised text
(``source="spoken"``), :attr:`BackchatApp.voice_status` shows listening/thinking/speaking
and the partial transcript, and every applied turn is handed to the callables in
:attr:`BackchatApp.turn_observers` (to be spoken).
"""

from __future__ import annotations

import io
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.console import Console
from textual import events
from textual.app import AutopilotCallbackType, SystemCommand
from textual.binding import BindingType
from textual.screen import ModalScreen, Screen

from backchat.errors import EXIT_INTERRUPTED, EXIT_OK, EXIT_UNFINISHED, BackchatError, SpeechError, resume_hint
from backchat.intake import Options, close_conversation, open_conversation
from backchat.paths import data_dir
from backchat.tui.guard import interrupt_ends, quiet_logging, save_crash
from backchat.tui.keys import KEYS, bindings
from backchat.tui.messages import AnswerSubmitted
from backchat.tui.opening import STARTING, Opener, Opening
from backchat.tui.panel_save import PanelAndSave
from backchat.tui.screens.alert import ALERT_LEVELS, AlertScreen
from backchat.tui.screens.confirm import ConfirmScreen
from backchat.tui.screens.end import EndScreen
from backchat.tui.screens.help import HelpScreen
from backchat.tui.screens.main import MainScreen
from backchat.tui.settings import load_theme, save_theme
from backchat.tui.widgets.voice_status import VoiceStatus

if TYPE_CHECKING:
    from backchat.core.conversation import Conversation, InputSource
    from backchat.core.flow import Question
    from backchat.core.turn import Outcome, Turn
    from backchat.tui.voice_worker import VoiceFrontEnd
    from backchat.voice.setup import VoiceParts, VoiceSettings

__all__ = ["BackchatApp", "TurnObserver", "make_app", "run_app", "run_tui"]

TurnObserver = Callable[["Turn"], None]
"""Called with every turn once it is on screen (the voice front end speaks it)."""


class BackchatApp(PanelAndSave, inherit_bindings=False):
    """backchat in the terminal."""

    CSS_PATH = "backchat.tcss"
    TITLE = "backchat"
    BINDINGS: ClassVar[list[BindingType]] = [*bindings()]

    turn: Turn

    def __init__(self, conv: Conversation | None, first: Turn | None, *, opts: Options,
                 notices: Sequence[str] = (), voice: VoiceParts | None = None,
                 voice_notes: Sequence[str] = (), opener: Opener | None = None) -> None:
        super().__init__()
        if conv is not None and first is not None:
            self.conv, self.turn = conv, first
        self.opts = opts
        self.turn_observers: list[TurnObserver] = []
        self.crash_text: str | None = None
        self.open_error: BackchatError | None = None  # why the intake could not be opened (then: exit 1)
        self._notices = list(notices)
        self._opener = opener if conv is None else None
        self._opening: Opening | None = None
        self._waiting: list[str] = []  # answers typed before the intake was open
        self._main = MainScreen(conv.engine.flow if conv is not None else None)
        self._voice_parts = voice
        self._voice_notes = list(voice_notes)
        """Sentences for the conversation about voice (e.g. why it is off)."""
        self.voice: VoiceFrontEnd | None = None
        """The hands-free front end while voice is on."""

    # -- set-up ---------------------------------------------------------------------------
    def get_default_screen(self) -> Screen[None]:
        return self._main

    @property
    def is_open(self) -> bool:
        """True once the conversation is open."""
        return hasattr(self, "conv")

    def on_main_screen_ready(self, _message: MainScreen.Ready) -> None:
        if self.is_open:
            self._show_opened()
            return
        self._main.say("action", STARTING)
        assert self._opener is not None, "an app without a conversation needs an opener"
        self._opening = Opening(self, self._opener, self._opened, self._open_failed)
        self._opening.start()

    def _opened(self, conv: Conversation, first: Turn, notices: list[str]) -> None:
        self.conv, self.turn = conv, first
        self._notices += notices
        self._main.set_flow(conv.engine.flow)
        self._main.log_view.clear()  # the "Starting…" line
        self._show_opened()
        waiting, self._waiting = self._waiting, []
        for text in waiting:
            self.submit_text(text)

    def _open_failed(self, error: BackchatError) -> None:
        self.open_error = error
        self.exit(return_code=1)

    def wait_opened(self) -> None:
        """Wait for the intake being opened, if any (after the app ends, before its store is closed)."""
        if self._opening is not None:
            self._opening.wait()

    def _show_opened(self) -> None:
        history = list(self.conv.engine.transcript)  # more than the greeting when a session is resumed
        if history and history[-1].role == "assistant" and history[-1].text == self.turn.say:
            history.pop()
        for line in history:
            self._main.say("assistant" if line.role == "assistant" else "user", line.text)
        for note in self._voice_notes:
            self._main.say("assistant", note)
        if self._voice_parts is not None:
            from backchat.tui.voice_worker import VoiceFrontEnd  # noqa: PLC0415 - voice only with --voice
            self.voice = VoiceFrontEnd(self, self._voice_parts)
            self.voice.announce()
        self._apply(self.turn)
        if self.voice is not None:
            self.voice.start()
        for notice in self._notices:
            self.notify(notice, markup=False)

    def on_mount(self) -> None:
        if self.opts.no_store:  # keep nothing on disk, the theme included
            return
        folder = data_dir(self.opts.data_dir)
        chosen = load_theme(folder)
        if chosen in self.available_themes:
            self.theme = chosen
        self.theme_changed_signal.subscribe(self, lambda theme: save_theme(folder, theme.name))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and self.voice is not None:
            self.voice.barge_in()  # any key while backchat speaks stops it at once
        await super().on_event(event)

    def on_unmount(self) -> None:
        if self.voice is not None:
            self.voice.close()
        elif self._voice_parts is not None:  # never started
            from backchat.tui.voice_worker import VoiceFrontEnd  # noqa: PLC0415
            VoiceFrontEnd(self, self._voice_parts).close()

    @property
    def main_screen(self) -> MainScreen:
        """The intake screen (always at the bottom of the stack)."""
        return self._main

    @property
    def voice_status(self) -> VoiceStatus:
        """The listening / thinking / speaking line (hidden while voice is off)."""
        return self._main.voice

    def correct_answer(self, question: Question, text: str) -> None:
        """Change an earlier answer by voice (after a denied joint read-back)."""
        self._main.say("user", text)
        self._apply(self.conv.correct(question.sets[0], text))

    # -- driving the conversation ---------------------------------------------------------
    def submit_text(self, text: str, source: InputSource = "typed") -> Turn:
        """Send one answer (typed, or recognised speech) and show the reply."""
        self._main.say("user", text)
        turn = self.conv.handle(text, source)
        self._apply(turn)
        return turn

    def on_answer_submitted(self, message: AnswerSubmitted) -> None:
        if not self.is_open:  # typed while starting: answered once the intake is open
            self._main.say("user", message.text)
            self._waiting.append(message.text)
            return
        self.submit_text(message.text)

    def _apply(self, turn: Turn) -> None:
        self.turn = turn
        if turn.event == "quit":  # no goodbye in the conversation: the person may keep going
            self._main.refresh_state(turn, self.conv.engine.facts, turn.unknown)
        else:
            self._main.show_turn(turn, self.conv.engine.facts, turn.unknown)
        if turn.event == "quit":
            self._quit_asked()
        elif turn.outcome is not None:
            self._show_outcome(turn.outcome)
        else:
            self._to_main()
        for observer in self.turn_observers:
            observer(turn)
        self.refresh_bindings()

    def _outcome(self) -> Outcome | None:
        if self.turn.outcome is not None:
            return self.turn.outcome
        return self.conv.resume().outcome if self.conv.engine.finished else None

    def _to_main(self) -> None:
        while len(self.screen_stack) > 1:
            self.pop_screen()

    def _show_outcome(self, outcome: Outcome) -> None:
        self._to_main()
        if outcome.level in ALERT_LEVELS:
            self.push_screen(AlertScreen(outcome))
        else:
            self._push_end(outcome)

    def _push_end(self, outcome: Outcome) -> None:
        self.push_screen(EndScreen(outcome))

    # -- actions (keys, buttons, command palette) ------------------------------------------
    def action_help(self) -> None:
        """Show or close the help screen."""
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(HelpScreen())

    def action_why(self) -> None:
        """Why the open question is asked."""
        self._to_main()
        self._main.say("action", "why do you ask?")
        self._apply(self.conv.handle("why", "panel"))

    def action_sources(self) -> None:
        """Where the advice (or the open question's rule) comes from."""
        self._to_main()
        self._main.say("action", "where does this come from?")
        self._apply(self.conv.handle("sources", "panel"))

    def action_undo(self) -> None:
        """Take back the last answer."""
        self._to_main()
        self._main.say("action", "go back")
        self._apply(self.conv.undo())

    def action_answers(self) -> None:
        """Move to the side panel to change an answer."""
        self._to_main()
        self._main.focus_answers()

    def action_result(self) -> None:
        """Show the result again (from the alert screen: the full result)."""
        outcome = self._outcome()
        if outcome is None:
            return
        if isinstance(self.screen, AlertScreen):
            self._push_end(outcome)
        else:
            self._show_outcome(outcome)

    def action_restart(self) -> None:
        """Start a new intake (asks first when answers would be lost)."""
        if self.conv.engine.finished or self.turn.progress.asked == 0:
            self._restart()
            return
        self.push_screen(ConfirmScreen("Start again? The answers so far will be forgotten.",
                                       "Start again", "Keep going"),
                         lambda yes: self._restart() if yes else None)

    def _restart(self) -> None:
        self._to_main()
        self._apply(self.conv.restart())
        self._main.answer.focus()

    async def action_quit(self) -> None:
        """Leave; asks first while the intake is not finished."""
        self._quit_asked()

    def _quit_asked(self) -> None:
        if not self.is_open or self.conv.engine.finished:
            self.exit(return_code=EXIT_OK)
            return
        later = "" if self.opts.no_store else " Your answers are kept; carry on later with: backchat --resume"
        self._to_main()
        self.push_screen(ConfirmScreen(f"The intake isn't finished. Quit anyway?{later}", "Quit", "Keep going"),
                         self._quit_answer)

    def _quit_answer(self, yes: bool | None) -> None:
        if yes:
            self.exit(return_code=EXIT_UNFINISHED)
        elif self.turn.event == "quit":
            self._apply(self.conv.resume())

    # -- which actions are available -------------------------------------------------------
    def _allowed(self, action: str, top: Screen[object]) -> bool:
        if isinstance(top, HelpScreen):
            return action in ("help", "quit")
        if isinstance(top, ModalScreen):
            return action == "quit" and not isinstance(top, ConfirmScreen)
        if action == "why":
            return not self.conv.engine.finished
        if action == "sources":
            return self.conv.engine.finished or self.turn.question is not None
        if action == "result":
            return self.conv.engine.finished
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in {k.action for k in KEYS}:
            return True
        if not self.is_open:
            return action in ("help", "quit")
        return self._allowed(action, self.screen)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for k in KEYS:
            if self.is_open and self._allowed(k.action, screen):
                yield SystemCommand(k.title, k.help, getattr(self, f"action_{k.action}"))
        yield SystemCommand("Dark theme", "Light text on a dark background", lambda: self._set_theme("dark"))
        yield SystemCommand("Light theme", "Dark text on a light background", lambda: self._set_theme("light"))
        for command in super().get_system_commands(screen):
            if command.title not in ("Quit", "Screenshot", "Keys"):  # F1 Help covers the keys
                yield command

    def _set_theme(self, kind: str) -> None:
        self.theme = f"textual-{kind}"

    # -- crashes -----------------------------------------------------------------------------
    def _handle_exception(self, error: Exception) -> None:
        self.crash_text = "".join(traceback.format_exception(error))
        super()._handle_exception(error)


def make_app(opts: Options, *, conversation: tuple[Conversation, Turn] | None = None,
             notices: Sequence[str] = (), voice: VoiceSettings | VoiceParts | None = None,
             paint_first: bool = False) -> BackchatApp:
    """The app for ``opts``; pass ``conversation`` to drive one built elsewhere (tests).

    ``voice`` turns hands-free mode on: settings (the ports are made here), or ports already
    built (tests). When they cannot be made, one sentence says what is missing and the app
    carries on in text. ``paint_first``: paint at once ("Starting…"), then open the intake in a
    thread (:mod:`backchat.tui.opening`); a problem ends the app with ``open_error`` set.
    """
    collected = list(notices)
    if conversation is None and paint_first:
        conv: Conversation | None = None
        first: Turn | None = None
    else:
        conv, first = conversation or open_conversation(opts, collected.append)
    notes: list[str] = []
    parts: VoiceParts | None = None
    if voice is not None:  # the voice modules load only when voice is asked for
        from backchat.voice.setup import VoiceSettings, open_voice  # noqa: PLC0415
        try:
            parts = open_voice(voice) if isinstance(voice, VoiceSettings) else voice
        except SpeechError as exc:
            notes.append(f"{exc} Carrying on in text.")
    return BackchatApp(conv, first, opts=opts, notices=collected, voice=parts, voice_notes=notes,
                       opener=lambda notice: open_conversation(opts, notice))


def run_app(app: BackchatApp, *, headless: bool = False, size: tuple[int, int] | None = None,
            auto_pilot: AutopilotCallbackType | None = None) -> int:
    """Run ``app`` until it exits; returns the exit status (non-zero after a crash)."""
    app.error_console = Console(file=io.StringIO(), stderr=False)  # no traceback on the terminal
    with quiet_logging() as memory, interrupt_ends(lambda code: app.call_later(app.exit, return_code=code)):
        try:
            app.run(headless=headless, size=size, auto_pilot=auto_pilot)
        finally:
            app.wait_opened()
            try:  # the session store and its lock; answers it could not write are reported, not lost
                close_conversation(app.conv) if app.is_open else None
            except BackchatError as exc:  # UnsavedAnswers: run_tui raises it (one sentence, exit 1)
                app.open_error = app.open_error or exc
    if app.crash_text is not None:
        where = save_crash(app.opts.data_dir, app.crash_text, memory.lines)
        sys.stderr.write(f"backchat: something went wrong; details were saved to {where or 'nowhere'}.\n")
        return app.return_code or 1
    return app.return_code or 0


def run_tui(opts: Options, voice: VoiceSettings | None = None) -> int:
    """Run the terminal app (what ``backchat`` with no command does); returns the exit status.

    ``voice``: hands-free mode (``backchat --voice``). Left unfinished, it says how to carry on."""
    app = make_app(opts, voice=voice, paint_first=True)
    status = run_app(app)
    if app.open_error is not None:
        raise app.open_error
    if lead := {EXIT_UNFINISHED: "backchat: the intake isn't finished.", EXIT_INTERRUPTED: "Stopped."}.get(status):
        sys.stderr.write(f"{lead}\n{resume_hint(opts.no_store)}\n")
    return status
