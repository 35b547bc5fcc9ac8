"""A calm breathing pacer for the pause: a circle that grows on the in-breath and shrinks on the out."""

from __future__ import annotations

from PySide6.QtCore import (
    QEasingCurve,
    QPauseAnimation,
    QPointF,
    QRectF,
    QSequentialAnimationGroup,
    QSize,
    Qt,
    QVariantAnimation,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QRadialGradient
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from relate_desktop.domain import guidance
from relate_desktop.ui.appearance import coach_colours, scaled_font, tone

SMALLEST = 0.35  # of the full radius, at the bottom of an out-breath


class BreathingCircle(QWidget):
    """Draws a soft circle at the size `fullness` says (0 empty lungs, 1 full)."""

    def __init__(self) -> None:
        super().__init__()
        self.fullness = 0.0
        self.setMinimumSize(QSize(150, 150))

    def set_fullness(self, value: object) -> None:
        self.fullness = float(value)  # type: ignore[arg-type]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        full = min(self.width(), self.height()) / 2 - 4
        radius = full * (SMALLEST + (1 - SMALLEST) * self.fullness)
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(QColor(tone("border")))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, full, full)  # the size to grow into
        glow = QRadialGradient(centre, radius)
        glow.setColorAt(0.0, QColor(tone("info_bg")))
        glow.setColorAt(1.0, QColor(coach_colours("owned")[0]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(glow)
        painter.drawEllipse(
            QRectF(centre.x() - radius, centre.y() - radius, radius * 2, radius * 2)
        )
        painter.end()


class BreathingPacer(QWidget):
    """A few paced breaths, started by the person, with words that say what to do now."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("breath")
        self.setAccessibleName(guidance.text("pause.accessible"))
        self.pace = guidance.breathing()
        self.breath = 0

        self.circle = BreathingCircle()
        self.circle.setObjectName("breathCircle")
        self.circle.setAccessibleName(guidance.text("pause.accessible"))
        self.status = QLabel(guidance.text("pause.ready"))
        self.status.setObjectName("breathStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(f"color: {tone('info')};")
        self.status.setFont(scaled_font(self.status.font(), 1.15))
        self.button = QPushButton(guidance.text("pause.start"))
        self.button.setObjectName("breathStart")
        self.button.setAccessibleName(guidance.text("pause.start"))
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.toggle)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.circle, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout.addLayout(row)

        self.breathe_in = self._phase(0.0, 1.0, self.pace.breathe_in_ms)
        self.breathe_out = self._phase(1.0, 0.0, self.pace.breathe_out_ms)
        self.hold = QPauseAnimation(self.pace.hold_ms, self)
        self.cycle = QSequentialAnimationGroup(self)
        for step in (self.breathe_in, self.hold, self.breathe_out):
            self.cycle.addAnimation(step)
        self.cycle.setLoopCount(self.pace.breaths)
        self.breathe_in.stateChanged.connect(lambda *_: self._say_phase())
        self.hold.stateChanged.connect(lambda *_: self._say_phase())
        self.breathe_out.stateChanged.connect(lambda *_: self._say_phase())
        self.cycle.currentLoopChanged.connect(self._next_breath)
        self.cycle.finished.connect(self._finished)

    def _phase(self, start: float, end: float, ms: int) -> QVariantAnimation:
        phase = QVariantAnimation(self)
        phase.setStartValue(start)
        phase.setEndValue(end)
        phase.setDuration(ms)
        phase.setEasingCurve(QEasingCurve.Type.InOutSine)
        phase.valueChanged.connect(self.circle.set_fullness)
        return phase

    @property
    def running(self) -> bool:
        return self.cycle.state() is QSequentialAnimationGroup.State.Running

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> None:
        self.breath = 0
        self.cycle.start()
        self._set_button("pause.stop")

    def stop(self) -> None:
        self.cycle.stop()
        self.circle.set_fullness(0.0)
        self.status.setText(guidance.text("pause.ready"))
        self._set_button("pause.start")

    def _set_button(self, key: str) -> None:
        self.button.setText(guidance.text(key))
        self.button.setAccessibleName(guidance.text(key))

    def _next_breath(self, loop: int) -> None:
        self.breath = loop
        self._say_phase()

    def _say_phase(self) -> None:
        if not self.running:
            return
        current = self.cycle.currentAnimation()
        key = {self.breathe_in: "pause.in", self.hold: "pause.hold"}.get(current, "pause.out")
        count = guidance.text("pause.count", n=str(self.breath + 1), total=str(self.pace.breaths))
        self.status.setText(f"{guidance.text(key)}  ({count})")

    def _finished(self) -> None:
        self.status.setText(guidance.text("pause.done"))
        self._set_button("pause.again")
