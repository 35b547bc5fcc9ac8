"""Running slow work (key derivation, PDF export) off the GUI thread, one job at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


class _Bridge(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class TaskRunner:
    """One worker thread for background jobs; results come back on the GUI thread."""

    def __init__(self, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._executor: ThreadPoolExecutor | None = None
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self.busy = 0

    def run(
        self,
        job: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self.busy += 1
        if self.synchronous:
            try:
                result = job()
            except Exception as error:
                self._deliver((on_done, on_error), None, error)
            else:
                self._deliver((on_done, on_error), result, None)
            return
        if self._executor is None:
            # Imported with the first job (after the first window is painted): it brings in
            # threading's pool, queues and logging, which that window does not need.
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="relate-db")
        future = self._executor.submit(job)

        def relay(done: Future[Any]) -> None:
            error = done.exception()
            self._bridge.finished.emit((on_done, on_error), None if error else done.result(), error)

        future.add_done_callback(relay)

    def _deliver(self, callbacks: Any, result: Any, error: Any) -> None:
        self.busy -= 1
        on_done, on_error = callbacks
        if error is not None:
            on_error(error)
        else:
            on_done(result)

    def shutdown(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
