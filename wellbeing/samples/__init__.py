"""Seeded sample journals, built in memory: the demo a newcomer sees, and the simulations
that calibrate and check the indicators.

Pure (stdlib, wellbeing.domain and wellbeing.analysis): nothing here opens a journal;
wellbeing.services.demo stores the demo.
"""
