import sys

from wellbeing.cli import main

sys.exit(main())
