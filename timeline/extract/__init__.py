"""Events and actors from one parsed document (issue 4): the ``extract`` stage of the pipeline."""

from timeline.extract.events import event_id, extract

__all__ = ["event_id", "extract"]
