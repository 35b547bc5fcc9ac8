"""The repair wizard: one screen per step of the repair, taking turns where a step is personal."""
