# Uli as a container: `docker compose up` (see docker-compose.yml) runs it with PostgreSQL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Build from a copy that is thrown away afterwards; only the installed package stays.
COPY . /src
RUN pip install /src && rm -rf /src

# Never run as root. /data holds the SQLite file when no DATABASE_URL is given.
RUN useradd --system --uid 10001 --create-home --home-dir /home/uli uli \
    && mkdir /data && chown uli:uli /data
USER uli
WORKDIR /home/uli
VOLUME ["/data"]
ENV DATABASE_URL=sqlite:////data/uli.db
# The caseworkers' console: inside the container it listens on every interface; publish the
# port only to where caseworkers reach it (docker-compose.yml: this machine only).
ENV ULI_CONSOLE_HOST=0.0.0.0
EXPOSE 8080

CMD ["uli", "run"]
