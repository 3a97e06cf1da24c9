"""The Insights dashboard: indicators with their reasons, and one chart per question.

The journal is read once (wellbeing.services.insights.load); changing the period only
recomputes and redraws, so that moving between periods stays instant on a large journal.
"""
