#!/bin/sh
# A private CUPS scheduler with one CUPS-PDF queue for the tests labelled cups (ctest fixture "cups_server").
#   start DIR    a new cupsd whose configuration, spool, cache, logs and socket all live in DIR, listening
#                only on DIR/cups.sock (never the machine's /etc/cups service nor port 631), with the queue
#                "antre-kiosk" printing to PDF files in DIR/out; writes DIR/env (CUPS_SERVER=…)
# A job waits in CUPS while DIR/hold exists (GhostScript behind a gate): a printer that takes its time.
#   halt DIR     stops that cupsd and keeps DIR (a test's "print service not running")
#   resume DIR   starts it again on the same DIR
#   stop DIR     stops it, removes DIR and the queue's cups-pdf configuration
# cups-pdf runs only as root and reads its configuration only from /etc/cups: cups-pdf-NAME.conf for a
# device URI cups-pdf:/NAME, so the queue gets a name of its own (from DIR) and the machine's
# /etc/cups/cups-pdf.conf and its PDF queue, if any, stay as they are. Fails loudly: a cups test must
# never pass without a scheduler.
set -eu
cmd=$1
dir=$2
cupsd=/usr/sbin/cupsd
backend=/usr/lib/cups/backend/cups-pdf
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
queue=antre-kiosk
# One cups-pdf configuration per fixture folder, so that two build folders never share one.
instance=antre-test-$(printf '%s' "$dir" | cksum | cut -d' ' -f1)
pdfconf=/etc/cups/cups-pdf-$instance.conf

fail() {
    echo "cups_server.sh: $*" >&2
    exit 1
}

running() {
    [ -f "$dir/cupsd.pid" ] && kill -0 "$(cat "$dir/cupsd.pid")" 2>/dev/null
}

halt() {
    if running; then
        pid=$(cat "$dir/cupsd.pid")
        kill "$pid"
        # cupsd finishes its jobs' bookkeeping and removes its socket before it exits.
        i=0
        while kill -0 "$pid" 2>/dev/null; do
            i=$((i + 1))
            [ $i -lt 300 ] || { kill -9 "$pid" 2>/dev/null || true; break; }
            sleep 0.1
        done
    fi
    rm -f "$dir/cupsd.pid"
}

launch() {
    # setsid and closed descriptors: ctest must not wait for the scheduler to exit.
    setsid "$cupsd" -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" \
        </dev/null >>"$dir/log/cupsd.out" 2>&1 &
    echo $! >"$dir/cupsd.pid"
    i=0
    until CUPS_SERVER=$dir/cups.sock /usr/bin/lpstat -r 2>/dev/null | grep -q "is running"; do
        i=$((i + 1))
        if [ $i -ge 300 ] || ! running; then
            cat "$dir/log/cupsd.out" "$dir/log/error_log" >&2 2>/dev/null || true
            fail "cupsd did not start (log above)"
        fi
        sleep 0.1
    done
}

case $cmd in
start)
    [ "$(id -u)" = 0 ] || fail "needs root: cups-pdf refuses to run otherwise and reads its configuration only from /etc/cups (run ctest as root, as CI does)"
    for f in "$cupsd" "$backend" "$ppd" /usr/sbin/lpadmin /usr/bin/lpstat; do
        [ -e "$f" ] || fail "$f missing; install cups, cups-client and printer-driver-cups-pdf (./dev deps)"
    done
    halt
    rm -rf "$dir"
    mkdir -p "$dir/etc/ppd" "$dir/spool/tmp" "$dir/cache" "$dir/state/certs" "$dir/log" "$dir/out" "$dir/pdf-spool"
    # The scheduler runs as root and its filters as lp: lp needs to read the spool and write the temp dir.
    chmod 755 "$dir" "$dir/etc" "$dir/log" "$dir/state"
    chgrp lp "$dir/spool" "$dir/spool/tmp" "$dir/cache" "$dir/state" "$dir/state/certs" "$dir/etc"
    chmod 710 "$dir/spool"
    chmod 1770 "$dir/spool/tmp"
    chmod 770 "$dir/cache"
    chmod 511 "$dir/state/certs"
    cat >"$dir/etc/cups-files.conf" <<CONF
SystemGroup root
User lp
Group lp
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
ServerBin /usr/lib/cups
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
ErrorLog $dir/log/error_log
AccessLog $dir/log/access_log
PageLog $dir/log/page_log
FileDevice No
CONF
    cat >"$dir/etc/cupsd.conf" <<CONF
LogLevel debug
MaxLogSize 0
Listen $dir/cups.sock
Browsing No
WebInterface No
DefaultAuthType None
ErrorPolicy stop-printer
JobRetryLimit 0
MaxJobs 0
PreserveJobHistory Yes
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
    Allow all
  </Limit>
</Policy>
CONF
    # GhostScript behind a gate: while DIR/hold exists a job waits in CUPS (a printer that takes its time),
    # at most two minutes.
    cat >"$dir/gs-gate" <<GATE
#!/bin/sh
i=0
while [ -e "$dir/hold" ] && [ \$i -lt 1200 ]; do
    sleep 0.1
    i=\$((i + 1))
done
exec /usr/bin/gs "\$@"
GATE
    chmod 755 "$dir/gs-gate"
    cat >"$pdfconf" <<CONF
# Written by Antre's tests (tests/cups/cups_server.sh) for the CUPS-PDF queue of the test scheduler in
# $dir; removed when the tests stop it.
Out $dir/out
Spool $dir/pdf-spool
AnonDirName $dir/out
Log $dir/log
LogType 7
Label 1
Grp lp
GhostScript $dir/gs-gate
CONF
    launch
    CUPS_SERVER=$dir/cups.sock /usr/sbin/lpadmin -p "$queue" -v "cups-pdf:/$instance" -P "$ppd" -E \
        -o pdftops-renderer-default=pdftocairo \
        -D "Antre test tickets (CUPS-PDF)" 2>"$dir/log/lpadmin.err" ||
        { cat "$dir/log/lpadmin.err" >&2; fail "lpadmin could not create the queue"; }
    CUPS_SERVER=$dir/cups.sock /usr/sbin/lpadmin -d "$queue" >/dev/null
    echo "CUPS_SERVER=$dir/cups.sock" >"$dir/env"
    echo "CUPS test scheduler on $dir/cups.sock, queue $queue printing to $dir/out"
    ;;
halt)
    halt
    ;;
resume)
    running || launch
    ;;
stop)
    halt
    rm -f "$pdfconf"
    rm -rf "$dir"
    ;;
*)
    echo "usage: cups_server.sh start|halt|resume|stop DIR" >&2
    exit 2
    ;;
esac
