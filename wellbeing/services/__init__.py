"""The use cases the window and the command line both call, so that they cannot disagree.

One module per use case: log or edit an encounter (encounters), compute insights
(insights), keep the advice history (advice), write the demo (demo). Services may import
domain, analysis, store, charts, sharing and samples; never Qt, never ui.
"""
