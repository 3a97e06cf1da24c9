"""Everything Qt: windows, item models, dialogs. Nothing below this package imports Qt."""
