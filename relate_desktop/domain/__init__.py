"""Pure-Python core of Relate: vocabulary, the repair flow, composing texts. No Qt, no SQL."""
