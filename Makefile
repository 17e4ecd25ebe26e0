# Xian'an Industrial Workforce Reform Platform — the two commands a user needs:
#   make run    the whole stack on this machine (PostgreSQL, Keycloak, API, SPA), no Docker
#   make test   every test suite (backend, Keycloak contract, frontend, end to end)
SHELL := /bin/bash
.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

export XIANAN_CACHE ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/xianan

BACKEND_SOURCES := $(shell find backend/src -type f 2>/dev/null) backend/pom.xml
BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
FRONTEND_DEPS := frontend/node_modules/.package-lock.json

.PHONY: help run test backup restore backend-test frontend-test keycloak-start keycloak-stop clean

help: ## list the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

run: $(BACKEND_JAR) $(FRONTEND_DEPS) ## start PostgreSQL db, Keycloak :8180, API :8080, SPA :5173 (Ctrl-C stops all)
	backend/dev/stack.sh

test: ## run every suite (installs chromium, fonts, Keycloak, npm packages when missing)
	backend/dev/test-all.sh

backup: ## archive the database and Keycloak realm of `make run` into BACKUP_DIR (default backups/)
	backend/dev/backup.sh backup

restore: ## restore the database from FILE=backups/xianan-backup-….tar (asks first; YES=1 skips the question)
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/xianan-backup-<time>.tar [YES=1]" >&2; exit 2; }
	backend/dev/backup.sh restore "$(FILE)"

# Rebuilt only when a backend source changed, so a second `make run` starts at once.
$(BACKEND_JAR): $(BACKEND_SOURCES)
	cd backend && ./mvnw -B -ntp -q package -DskipTests
	@touch $@

$(FRONTEND_DEPS): frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

backend-test: ## backend tests only (needs the test Keycloak: make keycloak-start KC_PORT=8181 KC_INSTANCE=test)
	cd backend && ./mvnw -B -ntp verify

frontend-test: $(FRONTEND_DEPS) ## frontend typecheck, lint and unit tests only
	cd frontend && npm run -s typecheck && npm run -s lint && npm test --silent

keycloak-start: ## start Keycloak alone (KC_PORT, KC_INSTANCE as in backend/keycloak/keycloak.sh)
	backend/keycloak/keycloak.sh start

keycloak-stop: ## stop the Keycloak started by keycloak-start
	backend/keycloak/keycloak.sh stop

clean: ## remove build outputs (not the download cache in $(XIANAN_CACHE))
	rm -rf backend/target frontend/dist frontend/test-results frontend/playwright-report
