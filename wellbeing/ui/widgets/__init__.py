"""Small reusable widgets: scales, tag chips, the emotion grid, a flow layout."""
