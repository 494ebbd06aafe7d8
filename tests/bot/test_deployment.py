"""The container files that the README's Docker section promises: docker-compose.yml starts
PostgreSQL and Uli with the settings Uli reads, and the image runs `uli run` as a plain user.

(`docker compose config` needs a Docker engine, which the test machines do not have; this
reads the same file the way Compose does and checks what Uli depends on.)
"""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_compose_starts_postgresql_and_uli_with_settings_uli_understands() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert set(services) == {"db", "uli"}
    assert services["db"]["image"].startswith("postgres:")
    uli = services["uli"]
    assert uli["depends_on"]["db"]["condition"] == "service_healthy"
    assert uli["command"] == ["uli", "run"]
    environment = {key: str(value) for key, value in uli["environment"].items()}
    db = services["db"]["environment"]
    url = environment["DATABASE_URL"]
    assert url == f"postgresql://{db['POSTGRES_USER']}:{db['POSTGRES_PASSWORD']}@db:5432/uli"
    settings = Settings.from_env({**environment, "ULI_DATA_KEY": "", "TELEGRAM_BOT_TOKEN": ""})
    assert settings.database_url == url
    # The console is published to this machine only; inside, it listens on every interface.
    assert all(port.startswith("127.0.0.1:") for port in uli["ports"])
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "ENV ULI_CONSOLE_HOST=0.0.0.0" in dockerfile
    assert "USER uli" in dockerfile and 'CMD ["uli", "run"]' in dockerfile
