"""Settings: read once from the environment (and `.env`), typed, validated, failing fast.

`settings.py` is the table (every setting's variable, type, default and valid values, once),
`values.py` the parsers and `Secret`, `loader.py` reads the table from an environment. Secrets are
wrapped in `Secret` so they never show up in a repr, a log line or a traceback.
"""

from __future__ import annotations

from bot.config.loader import ConfigError, load_settings, load_settings_from_environment
from bot.config.settings import SETTING_NAMES, Settings
from bot.config.values import Secret

__all__ = [
    "SETTING_NAMES",
    "ConfigError",
    "Secret",
    "Settings",
    "load_settings",
    "load_settings_from_environment",
]
