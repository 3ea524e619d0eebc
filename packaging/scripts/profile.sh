# Antre: the hall database named in /etc/antre/antre.conf, for `antre` typed in a login shell.
if [ -z "${ANTRE_DB:-}" ] && [ -r /etc/antre/antre.conf ]; then
    ANTRE_DB=$(sed -n 's/^ANTRE_DB=//p' /etc/antre/antre.conf | tail -n 1)
    [ -n "$ANTRE_DB" ] && export ANTRE_DB || unset ANTRE_DB
fi
