"""Events: who did what to whom, coded to CAMEO and PLOVER, with mode, place and date."""
