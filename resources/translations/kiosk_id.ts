<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>EscPosPrinter</name>
    <message>
        <source>the printer did not take the data within %1 s (paper jam, cover open or out of paper?)</source>
        <translation>printer tidak menerima data dalam %1 detik (kertas macet, tutup terbuka, atau kertas habis?)</translation>
    </message>
    <message>
        <source>%1: cannot open the printer: %2</source>
        <translation>%1: printer tidak dapat dibuka: %2</translation>
    </message>
    <message>
        <source>ESC/POS %1, %2 mm</source>
        <translation>ESC/POS %1, %2 mm</translation>
    </message>
    <message>
        <source>%1:%2: cannot reach the printer: %3</source>
        <translation>%1:%2: printer tidak dapat dihubungi: %3</translation>
    </message>
    <message>
        <source>ESC/POS %1:%2, %3 mm</source>
        <translation>ESC/POS %1:%2, %3 mm</translation>
    </message>
    <message>
        <source>%1: the printer is out of paper</source>
        <translation>%1: kertas printer habis</translation>
    </message>
    <message>
        <source>%1: the printer is offline</source>
        <translation>%1: printer tidak tersambung (offline)</translation>
    </message>
    <message>
        <source>%1: the printer reports an error (cover open?)</source>
        <translation>%1: printer melaporkan galat (tutup terbuka?)</translation>
    </message>
    <message>
        <source>%1: writing to the printer failed: %2</source>
        <translation>%1: gagal mengirim data ke printer: %2</translation>
    </message>
    <message>
        <source>%1: the printer stopped taking data</source>
        <translation>%1: printer berhenti menerima data</translation>
    </message>
    <message>
        <source>%1 (still not answering: tickets are not printed until it answers again)</source>
        <translation>%1 (masih tidak menjawab: tiket tidak dicetak sampai printer menjawab lagi)</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <source>Antre citizen kiosk: choose a service, take a queue number, print the ticket.</source>
        <translation>Kios warga Antre: pilih layanan, ambil nomor antrean, cetak tiket.</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>There is no ticket to print</source>
        <translation>Tidak ada tiket untuk dicetak</translation>
    </message>
    <message>
        <source>There is no ticket to take again</source>
        <translation>Tidak ada tiket yang dapat diambil ulang</translation>
    </message>
</context>
<context>
    <name>KioskSettingsIo</name>
    <message>
        <source>unknown key</source>
        <translation>kunci tidak dikenal</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>seharusnya teks, ditemukan %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>seharusnya true atau false, ditemukan %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>seharusnya bilangan bulat, ditemukan %1</translation>
    </message>
    <message>
        <source>%1: cannot read the kiosk settings: %2</source>
        <translation>%1: pengaturan kios tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: JSON tidak sah pada posisi %2: %3</translation>
    </message>
    <message>
        <source>%1: the settings must be a JSON object</source>
        <translation>%1: pengaturan harus berupa objek JSON</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>seharusnya objek, ditemukan %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not system, escpos or pdf</source>
        <translation>&quot;%1&quot; bukan system, escpos, atau pdf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not partial, full or none</source>
        <translation>&quot;%1&quot; bukan partial, full, atau none</translation>
    </message>
    <message>
        <source>kiosk_id: must not be empty</source>
        <translation>kiosk_id: tidak boleh kosong</translation>
    </message>
    <message>
        <source>printer.paper_mm: %1 is not 58 or 80</source>
        <translation>printer.paper_mm: %1 bukan 58 atau 80</translation>
    </message>
    <message>
        <source>printer.port: %1 is not a TCP port (1–65535)</source>
        <translation>printer.port: %1 bukan port TCP (1–65535)</translation>
    </message>
    <message>
        <source>printer.timeout_ms: %1 is not between 100 and 60000</source>
        <translation>printer.timeout_ms: %1 tidak di antara 100 dan 60000</translation>
    </message>
    <message>
        <source>printer: the escpos backend needs either a device or a host, not both</source>
        <translation>printer: backend escpos memerlukan device atau host, tidak keduanya</translation>
    </message>
    <message>
        <source>printer.pdf_folder: the pdf backend needs a folder</source>
        <translation>printer.pdf_folder: backend pdf memerlukan folder</translation>
    </message>
    <message>
        <source>screen.idle_seconds: %1 is not between 5 and 600</source>
        <translation>screen.idle_seconds: %1 tidak di antara 5 dan 600</translation>
    </message>
    <message>
        <source>screen.issued_seconds: %1 is not between 1 and 120</source>
        <translation>screen.issued_seconds: %1 tidak di antara 1 dan 120</translation>
    </message>
    <message>
        <source>exit.taps: %1 is not between 3 and 10</source>
        <translation>exit.taps: %1 tidak di antara 3 dan 10</translation>
    </message>
    <message>
        <source>exit.window_ms: %1 is not between 1000 and 10000</source>
        <translation>exit.window_ms: %1 tidak di antara 1000 dan 10000</translation>
    </message>
    <message>
        <source>Kiosk settings file (JSON, see docs/KIOSK.md; default: $ANTRE_KIOSK_SETTINGS).</source>
        <translation>Berkas pengaturan kios (JSON, lihat docs/KIOSK.md; bawaan: $ANTRE_KIOSK_SETTINGS).</translation>
    </message>
    <message>
        <source>Name of this kiosk in fault reports (default: the host name).</source>
        <translation>Nama kios ini dalam laporan gangguan (bawaan: nama host).</translation>
    </message>
    <message>
        <source>Ticket printer: system, escpos or pdf.</source>
        <translation>Printer tiket: system, escpos, atau pdf.</translation>
    </message>
    <message>
        <source>System printer to use (default: the system&apos;s default printer).</source>
        <translation>Printer sistem yang dipakai (bawaan: printer bawaan sistem).</translation>
    </message>
    <message>
        <source>ESC/POS printer device, e.g. /dev/usb/lp0.</source>
        <translation>Perangkat printer ESC/POS, mis. /dev/usb/lp0.</translation>
    </message>
    <message>
        <source>ESC/POS network printer, HOST or HOST:PORT (default port 9100).</source>
        <translation>Printer jaringan ESC/POS, HOST atau HOST:PORT (port bawaan 9100).</translation>
    </message>
    <message>
        <source>Paper width in millimetres: 58 or 80.</source>
        <translation>Lebar kertas dalam milimeter: 58 atau 80.</translation>
    </message>
    <message>
        <source>Folder for PDF tickets (pdf printer).</source>
        <translation>Folder untuk tiket PDF (printer pdf).</translation>
    </message>
    <message>
        <source>Text printed at the bottom of every ticket.</source>
        <translation>Teks yang dicetak di bagian bawah setiap tiket.</translation>
    </message>
    <message>
        <source>Do not print the service&apos;s requirements on the ticket.</source>
        <translation>Jangan cetak persyaratan layanan pada tiket.</translation>
    </message>
    <message>
        <source>Print the time from process start to the first painted frame, then exit.</source>
        <translation>Cetak waktu dari awal proses sampai bingkai pertama tergambar, lalu keluar.</translation>
    </message>
    <message>
        <source>--printer: &quot;%1&quot; is not system, escpos or pdf</source>
        <translation>--printer: &quot;%1&quot; bukan system, escpos, atau pdf</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not HOST or HOST:PORT</source>
        <translation>--host: &quot;%1&quot; bukan HOST atau HOST:PORT</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not 58 or 80</source>
        <translation>--paper: &quot;%1&quot; bukan 58 atau 80</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>kosong (null)</translation>
    </message>
    <message>
        <source>Start on a screen: home, services:AGENCY, standard:SERVICE, confirm:SERVICE, issued:SERVICE[:priority] (issues a real ticket), voice[:ticket|survey|complaint] or reconnecting[:pending].</source>
        <translation>Mulai pada layar: home, services:INSTANSI, standard:LAYANAN, confirm:LAYANAN, issued:LAYANAN[:priority] (menerbitkan tiket sungguhan), voice[:ticket|survey|complaint], atau reconnecting[:pending].</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message numerus="yes">
        <source>Services open now: %n</source>
        <translation>
            <numerusform>%n layanan buka</numerusform>
        </translation>
    </message>
    <message>
        <source>No service is open now</source>
        <translation>Tidak ada layanan yang buka saat ini</translation>
    </message>
    <message>
        <source>Open — nobody waiting</source>
        <translation>Buka — tidak ada antrean</translation>
    </message>
    <message numerus="yes">
        <source>Open — waiting: %n</source>
        <translation>
            <numerusform>Buka — %n orang menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>closed today</source>
        <translation>tutup hari ini</translation>
    </message>
</context>
<context>
    <name>PdfTicketPrinter</name>
    <message>
        <source>PDF files in %1, %2 mm</source>
        <translation>Berkas PDF di %1, %2 mm</translation>
    </message>
    <message>
        <source>%1: cannot create the ticket folder</source>
        <translation>%1: folder tiket tidak dapat dibuat</translation>
    </message>
    <message>
        <source>%1: cannot write the ticket: %2</source>
        <translation>%1: tiket tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>%1: cannot draw the ticket</source>
        <translation>%1: tiket tidak dapat digambar</translation>
    </message>
</context>
<context>
    <name>SystemTicketPrinter</name>
    <message>
        <source>default system printer</source>
        <translation>printer bawaan sistem</translation>
    </message>
    <message>
        <source>%1, %2 mm</source>
        <translation>%1, %2 mm</translation>
    </message>
    <message>
        <source>No system printer is set up (no default printer in CUPS)</source>
        <translation>Belum ada printer sistem yang dipasang (tidak ada printer bawaan di CUPS)</translation>
    </message>
    <message>
        <source>System printer &quot;%1&quot; is not set up</source>
        <translation>Printer sistem &quot;%1&quot; belum dipasang</translation>
    </message>
    <message>
        <source>%1: the printer reports an error (offline, door open or out of paper?)</source>
        <translation>%1: printer melaporkan galat (offline, tutup terbuka, atau kertas habis?)</translation>
    </message>
    <message>
        <source>%1: the printer did not accept the ticket</source>
        <translation>%1: printer tidak menerima tiket</translation>
    </message>
    <message>
        <source>The print system (CUPS) is not running, so %1 cannot print; start it (systemctl start cups) or ask the hall&apos;s technician</source>
        <translation>Sistem cetak (CUPS) tidak berjalan, sehingga %1 tidak dapat mencetak; jalankan (systemctl start cups) atau hubungi teknisi aula</translation>
    </message>
    <message>
        <source>the default system printer</source>
        <translation>printer sistem bawaan</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa keterangan</translation>
    </message>
    <message>
        <source>%1: the print queue is stopped in CUPS (%2); once the printer is ready, start the queue again (cupsenable %1) and print the ticket again</source>
        <translation>%1: antrean cetak dihentikan di CUPS (%2); setelah printer siap, jalankan lagi antreannya (cupsenable %1) lalu cetak ulang tiketnya</translation>
    </message>
    <message>
        <source>%1: the print queue does not accept jobs (%2); let it accept them again (cupsaccept %1)</source>
        <translation>%1: antrean cetak tidak menerima pekerjaan (%2); izinkan lagi (cupsaccept %1)</translation>
    </message>
    <message>
        <source>%1: the ticket cannot be prepared for printing: %2</source>
        <translation>%1: tiket tidak dapat disiapkan untuk dicetak: %2</translation>
    </message>
    <message>
        <source>%1: CUPS did not take the ticket: %2</source>
        <translation>%1: CUPS tidak menerima tiket: %2</translation>
    </message>
    <message>
        <source>%1: CUPS gave up printing the ticket (job %2: %3)</source>
        <translation>%1: CUPS batal mencetak tiket (pekerjaan %2: %3)</translation>
    </message>
    <message>
        <source>%1: the print queue stopped while printing the ticket (%2); the job was cancelled. Once the printer is ready, start the queue again (cupsenable %1) and print the ticket again</source>
        <translation>%1: antrean cetak berhenti saat mencetak tiket (%2); pekerjaannya dibatalkan. Setelah printer siap, jalankan lagi antreannya (cupsenable %1) lalu cetak ulang tiketnya</translation>
    </message>
    <message>
        <source>%1: the print system (CUPS) stopped while printing the ticket (job %2); start it (systemctl start cups) and check whether the ticket came out</source>
        <translation>%1: sistem cetak (CUPS) berhenti saat mencetak tiket (pekerjaan %2); jalankan (systemctl start cups) dan periksa apakah tiketnya keluar</translation>
    </message>
    <message>
        <source>%1: the kiosk was closed while the ticket waited in CUPS (job %2, %3); it may still print</source>
        <translation>%1: kios ditutup saat tiket masih menunggu di CUPS (pekerjaan %2, %3); tiket mungkin masih tercetak</translation>
    </message>
    <message>
        <source>%1: the ticket was not printed within %2 s (job %3 still waits in CUPS: %4); check the printer</source>
        <translation>%1: tiket tidak tercetak dalam %2 detik (pekerjaan %3 masih menunggu di CUPS: %4); periksa printernya</translation>
    </message>
</context>
<context>
    <name>TicketText</name>
    <message>
        <source>Queue number</source>
        <translation>Nomor antrean</translation>
    </message>
    <message>
        <source>PRIORITY SERVICE</source>
        <translation>PELAYANAN PRIORITAS</translation>
    </message>
    <message>
        <source>Please have ready:</source>
        <translation>Siapkan persyaratan berikut:</translation>
    </message>
    <message>
        <source>Nobody is ahead of you</source>
        <translation>Tidak ada antrean di depan Anda</translation>
    </message>
    <message numerus="yes">
        <source>People ahead of you: %n</source>
        <translation>
            <numerusform>%n orang di depan Anda</numerusform>
        </translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>kurang dari 1 menit</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>sekitar %n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>sekitar %1 jam %2 menit</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Perkiraan waktu tunggu: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody ahead for this service; the same booths also serve %n people of other services</source>
        <translation>
            <numerusform>Tidak ada antrean di depan Anda untuk layanan ini, tetapi loketnya juga melayani %n orang dari layanan lain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n of other services at the same booths</source>
        <translation>
            <numerusform>dan %n orang dari layanan lain di loket yang sama</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>antre::kiosk::ComplaintForm</name>
    <message>
        <source>Make a complaint</source>
        <translation>Sampaikan pengaduan</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Tentang apa?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Apa yang terjadi?</translation>
    </message>
    <message>
        <source>Tell us what happened, when and where</source>
        <translation>Ceritakan apa yang terjadi, kapan, dan di mana</translation>
    </message>
    <message>
        <source>Phone or e-mail for our answer (optional)</source>
        <translation>Telepon atau surel untuk jawaban kami (tidak wajib)</translation>
    </message>
    <message>
        <source>Ticket number (optional)</source>
        <translation>Nomor antrean (tidak wajib)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Send complaint</source>
        <translation>Kirim pengaduan</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::ConfirmPage</name>
    <message>
        <source>Nobody is waiting for this service now.</source>
        <translation>Saat ini tidak ada yang menunggu untuk layanan ini.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for this service now: %n</source>
        <translation>
            <numerusform>Saat ini %n orang menunggu untuk layanan ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Return to the list of services</source>
        <translation>Kembali ke daftar layanan</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>Ambil nomor antrean</translation>
    </message>
    <message>
        <source>Regular queue</source>
        <translation>Antrean umum</translation>
    </message>
    <message>
        <source>Priority service</source>
        <translation>Pelayanan prioritas</translation>
    </message>
    <message>
        <source>For people with disabilities, the elderly, pregnant women and visitors with small children</source>
        <translation>Untuk penyandang disabilitas, lansia, ibu hamil, dan pengunjung yang membawa anak kecil</translation>
    </message>
    <message>
        <source>See requirements and fee</source>
        <translation>Lihat persyaratan dan biaya</translation>
    </message>
    <message>
        <source>Show the requirements, fee and processing time of this service</source>
        <translation>Tampilkan persyaratan, biaya, dan waktu penyelesaian layanan ini</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::ExitPanel</name>
    <message>
        <source>Only a supervisor or an admin can close the kiosk.</source>
        <translation>Hanya supervisor atau admin yang dapat menutup kios.</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Tutup kios</translation>
    </message>
    <message>
        <source>For supervisors only. Enter your staff ID and PIN.</source>
        <translation>Khusus supervisor. Masukkan ID petugas dan PIN Anda.</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>ID petugas</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The supervisor&apos;s staff ID</source>
        <translation>ID petugas supervisor</translation>
    </message>
    <message>
        <source>The supervisor&apos;s PIN</source>
        <translation>PIN supervisor</translation>
    </message>
    <message>
        <source>Close kiosk</source>
        <translation>Tutup kios</translation>
    </message>
    <message>
        <source>Check the staff ID and PIN, then close the kiosk</source>
        <translation>Periksa ID petugas dan PIN, lalu tutup kios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Return to the kiosk</source>
        <translation>Kembali ke kios</translation>
    </message>
    <message>
        <source>Type this character into the selected field</source>
        <translation>Ketik karakter ini ke kolom yang dipilih</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::HomePage</name>
    <message>
        <source>Please choose an agency</source>
        <translation>Silakan pilih instansi</translation>
    </message>
    <message>
        <source>Touch an agency to see its services. Grey tiles are closed now; the reason is shown.</source>
        <translation>Sentuh instansi untuk melihat layanannya. Kotak abu-abu sedang tutup; alasannya tertulis di dalamnya.</translation>
    </message>
    <message>
        <source>Need help? Please ask the information desk.</source>
        <translation>Perlu bantuan? Silakan bertanya kepada petugas informasi.</translation>
    </message>
    <message>
        <source>Survey &amp; Complaints</source>
        <translation>Survei &amp; Pengaduan</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::IssuedPage</name>
    <message>
        <source>Your queue number</source>
        <translation>Nomor antrean Anda</translation>
    </message>
    <message>
        <source>Your queue number: %1</source>
        <translation>Nomor antrean Anda: %1</translation>
    </message>
    <message>
        <source>PRIORITY SERVICE</source>
        <translation>PELAYANAN PRIORITAS</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Tiket Anda sedang dicetak…</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Mohon tunggu sebentar.</translation>
    </message>
    <message>
        <source>Please take your ticket</source>
        <translation>Silakan ambil tiket Anda</translation>
    </message>
    <message numerus="yes">
        <source>Wait until your number is called on the screen. Back to the start in %n s.</source>
        <translation>
            <numerusform>Tunggu sampai nomor Anda dipanggil di layar. Kembali ke awal dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ticket could not be printed</source>
        <translation>Tiket tidak dapat dicetak</translation>
    </message>
    <message>
        <source>Your number is valid. Please note or photograph the number above and show it to the officer when it is called. The fault has been recorded for the hall staff.</source>
        <translation>Nomor Anda tetap berlaku. Silakan catat atau foto nomor di atas, lalu tunjukkan kepada petugas saat nomor Anda dipanggil. Gangguan ini sudah dicatat untuk petugas aula.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Cetak ulang</translation>
    </message>
    <message>
        <source>Print the same ticket again; you keep the same number</source>
        <translation>Cetak tiket yang sama sekali lagi; nomor Anda tidak berubah</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Return to the start screen</source>
        <translation>Kembali ke layar awal</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::KioskHeader</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Take a queue number here</source>
        <translation>Ambil nomor antrean di sini</translation>
    </message>
    <message>
        <source>Show the kiosk in Indonesian</source>
        <translation>Tampilkan kios dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>Show the kiosk in English</source>
        <translation>Tampilkan kios dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Hall logo</source>
        <translation>Logo aula</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::KioskWindow</name>
    <message>
        <source>Antre kiosk</source>
        <translation>Kios Antre</translation>
    </message>
    <message>
        <source>Queue ticket kiosk</source>
        <translation>Kios tiket antrean</translation>
    </message>
    <message>
        <source>Choose an agency, then a service, to take a queue number</source>
        <translation>Pilih instansi, lalu layanan, untuk mengambil nomor antrean</translation>
    </message>
    <message>
        <source>The queue cannot be read right now: %1</source>
        <translation>Data antrean tidak dapat dibaca saat ini: %1</translation>
    </message>
    <message>
        <source>unknown agency &quot;%1&quot;</source>
        <translation>instansi &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot;</source>
        <translation>layanan &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Pengaduan</translation>
    </message>
    <message>
        <source>Complaint reference</source>
        <translation>Nomor pengaduan</translation>
    </message>
    <message>
        <source>We will answer by %1</source>
        <translation>Kami akan menjawab paling lambat %1</translation>
    </message>
    <message>
        <source>Ask about your complaint at the information desk with this reference.</source>
        <translation>Tanyakan pengaduan Anda di meja informasi dengan nomor ini.</translation>
    </message>
    <message>
        <source>Your slip with reference %1 has been printed.</source>
        <translation>Slip dengan nomor %1 telah dicetak.</translation>
    </message>
    <message>
        <source>The slip could not be printed (%1). Please note the reference.</source>
        <translation>Slip tidak dapat dicetak (%1). Mohon catat nomor pengaduan Anda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not voice, voice:ticket, voice:survey or voice:complaint</source>
        <translation>&quot;%1&quot; bukan voice, voice:ticket, voice:survey, atau voice:complaint</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not home, services:AGENCY, standard:SERVICE, confirm:SERVICE, issued:SERVICE[:priority] or reconnecting[:pending]</source>
        <translation>&quot;%1&quot; bukan home, services:INSTANSI, standard:LAYANAN, confirm:LAYANAN, issued:LAYANAN[:priority], atau reconnecting[:pending]</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::PrintQueue</name>
    <message>
        <source>%1: not printed, the kiosk was closed before its turn</source>
        <translation>%1: tidak dicetak, kios ditutup sebelum gilirannya</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::ReconnectPage</name>
    <message>
        <source>Reconnecting…</source>
        <translation>Sedang menyambung ulang…</translation>
    </message>
    <message>
        <source>Your number is being taken; please wait here, it appears as soon as the connection is back.</source>
        <translation>Nomor Anda sedang diambil; mohon tunggu di sini, nomor akan muncul begitu sambungan pulih.</translation>
    </message>
    <message>
        <source>The kiosk cannot issue numbers for a moment. Please wait; it resumes by itself.</source>
        <translation>Kios belum dapat mengeluarkan nomor untuk sementara. Mohon tunggu; kios akan berjalan lagi dengan sendirinya.</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::ServicesPage</name>
    <message>
        <source>Requirements for %1</source>
        <translation>Persyaratan %1</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Return to the list of agencies</source>
        <translation>Kembali ke daftar instansi</translation>
    </message>
    <message>
        <source>Choose a service to take a number, or read its requirements first.</source>
        <translation>Pilih layanan untuk mengambil nomor, atau baca persyaratannya terlebih dahulu.</translation>
    </message>
    <message>
        <source>Requirements
and fee</source>
        <translation>Persyaratan
dan biaya</translation>
    </message>
    <message>
        <source>Show the requirements, fee and processing time of this service</source>
        <translation>Tampilkan persyaratan, biaya, dan waktu penyelesaian layanan ini</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::StandardPage</name>
    <message>
        <source>No documents needed</source>
        <translation>Tidak perlu membawa dokumen</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Tidak disebutkan</translation>
    </message>
    <message>
        <source>Go on to take a queue number for %1</source>
        <translation>Lanjutkan untuk mengambil nomor antrean %1</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Kembali</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Return to the previous screen</source>
        <translation>Kembali ke layar sebelumnya</translation>
    </message>
    <message>
        <source>Requirements — please bring</source>
        <translation>Persyaratan — harap dibawa</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Processing time</source>
        <translation>Waktu penyelesaian</translation>
    </message>
    <message>
        <source>Service hours today</source>
        <translation>Jam layanan hari ini</translation>
    </message>
    <message>
        <source>Take a queue number</source>
        <translation>Ambil nomor antrean</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::SurveyFlow</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>About you (optional)</source>
        <translation>Tentang Anda (tidak wajib)</translation>
    </message>
    <message>
        <source>Your suggestion (optional)</source>
        <translation>Saran Anda (tidak wajib)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>A little about you</source>
        <translation>Sedikit tentang Anda</translation>
    </message>
    <message>
        <source>Every answer here is optional. Nothing here names you.</source>
        <translation>Semua jawaban di sini tidak wajib. Tidak ada yang menyebut nama Anda.</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Any suggestion to improve our service? (optional)</source>
        <translation>Ada saran untuk perbaikan layanan kami? (tidak wajib)</translation>
    </message>
    <message>
        <source>Type your suggestion here</source>
        <translation>Tulis saran Anda di sini</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Kirim jawaban saya</translation>
    </message>
</context>
<context>
    <name>antre::kiosk::VoicePage</name>
    <message>
        <source>We cannot find this ticket. Please check the number on your ticket.</source>
        <translation>Tiket ini tidak ditemukan. Mohon periksa nomor pada tiket Anda.</translation>
    </message>
    <message>
        <source>This ticket has not been served yet. You can rate the service once you have been served.</source>
        <translation>Tiket ini belum dilayani. Anda dapat menilai layanan setelah dilayani.</translation>
    </message>
    <message>
        <source>This ticket is more than 7 days old and can no longer be rated.</source>
        <translation>Tiket ini lebih dari 7 hari dan tidak dapat dinilai lagi.</translation>
    </message>
    <message>
        <source>This visit has already been rated. Thank you!</source>
        <translation>Kunjungan ini sudah dinilai. Terima kasih!</translation>
    </message>
    <message>
        <source>That is not a ticket number. It looks like A-001: letters, then digits.</source>
        <translation>Itu bukan nomor antrean. Nomor antrean seperti A-001: huruf, lalu angka.</translation>
    </message>
    <message>
        <source>Thank you for your answers!</source>
        <translation>Terima kasih atas jawaban Anda!</translation>
    </message>
    <message>
        <source>They help us improve our service.</source>
        <translation>Jawaban Anda membantu kami memperbaiki layanan.</translation>
    </message>
    <message>
        <source>Your answers could not be stored</source>
        <translation>Jawaban Anda tidak dapat disimpan</translation>
    </message>
    <message>
        <source>The complaint was not sent: %1</source>
        <translation>Pengaduan tidak terkirim: %1</translation>
    </message>
    <message>
        <source>Your complaint has been received</source>
        <translation>Pengaduan Anda telah diterima</translation>
    </message>
    <message>
        <source>We will answer by %1</source>
        <translation>Kami akan menjawab paling lambat %1</translation>
    </message>
    <message>
        <source>Keep this reference to ask about your complaint. A slip is being printed.</source>
        <translation>Simpan nomor ini untuk menanyakan pengaduan Anda. Slip sedang dicetak.</translation>
    </message>
    <message>
        <source>Survey &amp; Complaints</source>
        <translation>Survei &amp; Pengaduan</translation>
    </message>
    <message>
        <source>Tell us how we served you, or tell us what went wrong.</source>
        <translation>Beri tahu kami bagaimana layanan kami, atau sampaikan apa yang tidak beres.</translation>
    </message>
    <message>
        <source>Rate our service</source>
        <translation>Nilai layanan</translation>
    </message>
    <message>
        <source>Make a complaint</source>
        <translation>Sampaikan pengaduan</translation>
    </message>
    <message>
        <source>Back to start</source>
        <translation>Kembali ke awal</translation>
    </message>
    <message>
        <source>Your ticket number</source>
        <translation>Nomor antrean Anda</translation>
    </message>
    <message>
        <source>Type the number printed on your ticket, or scan its QR code.</source>
        <translation>Ketik nomor yang tercetak pada tiket Anda, atau pindai kode QR-nya.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>The complaint was not sent: please write what happened in words.</source>
        <translation>Pengaduan tidak terkirim: mohon tuliskan apa yang terjadi dengan kata-kata.</translation>
    </message>
</context>
</TS>
