<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AutoCall</name>
    <message>
        <source>auto-call: the counter is not open</source>
        <translation>auto-call: loket tidak terbuka</translation>
    </message>
    <message>
        <source>auto-call: expected &quot;go&quot; on standard input</source>
        <translation>auto-call: menunggu &quot;go&quot; pada masukan standar</translation>
    </message>
    <message>
        <source>auto-call: could not finish %1: %2</source>
        <translation>auto-call: tidak dapat menyelesaikan %1: %2</translation>
    </message>
</context>
<context>
    <name>CounterActions</name>
    <message>
        <source>The counter is closed.</source>
        <translation>Loket tutup.</translation>
    </message>
    <message>
        <source>The counter is on a break; press Resume (F8) first.</source>
        <translation>Loket sedang istirahat; tekan Lanjut (F8) dulu.</translation>
    </message>
    <message>
        <source>No one is waiting for this counter&apos;s services.</source>
        <translation>Tidak ada warga yang menunggu untuk layanan loket ini.</translation>
    </message>
    <message>
        <source>No number is called yet; press Call next (F1) first.</source>
        <translation>Belum ada nomor yang dipanggil; tekan Panggil berikutnya (F1) dulu.</translation>
    </message>
    <message>
        <source>Number %1 is still called: serve it, mark it no-show or transfer it first.</source>
        <translation>Nomor %1 masih dipanggil: layani, tandai tidak hadir, atau alihkan dulu.</translation>
    </message>
    <message>
        <source>Number %1 has not been served yet; press Start serving (F3) first.</source>
        <translation>Nomor %1 belum dilayani; tekan Mulai layani (F3) dulu.</translation>
    </message>
    <message>
        <source>Number %1 is still open; finish it first.</source>
        <translation>Nomor %1 masih terbuka; selesaikan dulu.</translation>
    </message>
    <message>
        <source>Number %1 is being served; press Done (F4) first.</source>
        <translation>Nomor %1 sedang dilayani; tekan Selesai (F4) dulu.</translation>
    </message>
    <message>
        <source>Number %1 is already at the counter.</source>
        <translation>Nomor %1 sudah berada di loket.</translation>
    </message>
    <message>
        <source>Number %1 is already being served.</source>
        <translation>Nomor %1 sudah sedang dilayani.</translation>
    </message>
    <message>
        <source>Number %1 came and is being served.</source>
        <translation>Nomor %1 sudah datang dan sedang dilayani.</translation>
    </message>
    <message>
        <source>No one else is waiting; press Done (F4).</source>
        <translation>Tidak ada lagi yang menunggu; tekan Selesai (F4).</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Panggil berikutnya</translation>
    </message>
    <message>
        <source>Call again</source>
        <translation>Panggil ulang</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>Mulai layani</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Done &amp; call next</source>
        <translation>Selesai &amp; panggil berikutnya</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Alihkan</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>Tutup loket</translation>
    </message>
    <message>
        <source>Calls the next waiting number to this counter.</source>
        <translation>Memanggil nomor berikutnya yang menunggu ke loket ini.</translation>
    </message>
    <message>
        <source>Announces the current number again.</source>
        <translation>Mengumumkan nomor saat ini sekali lagi.</translation>
    </message>
    <message>
        <source>The citizen has arrived: starts the service time.</source>
        <translation>Warga sudah datang: waktu layanan mulai dihitung.</translation>
    </message>
    <message>
        <source>Ends the service and records its outcome.</source>
        <translation>Mengakhiri layanan dan mencatat hasilnya.</translation>
    </message>
    <message>
        <source>Ends the service as completed and calls the next number at once.</source>
        <translation>Mengakhiri layanan sebagai tuntas lalu langsung memanggil nomor berikutnya.</translation>
    </message>
    <message>
        <source>The called citizen did not come.</source>
        <translation>Warga yang dipanggil tidak datang.</translation>
    </message>
    <message>
        <source>Sends the citizen to another service; they keep their place in line.</source>
        <translation>Mengalihkan warga ke layanan lain; urutan antreannya tetap.</translation>
    </message>
    <message>
        <source>Ends the break and reopens the counter.</source>
        <translation>Mengakhiri istirahat dan membuka loket kembali.</translation>
    </message>
    <message>
        <source>Pauses the counter with a reason.</source>
        <translation>Menghentikan loket sementara dengan alasan.</translation>
    </message>
    <message>
        <source>Closes the counter; waiting citizens stay in line.</source>
        <translation>Menutup loket; warga yang menunggu tetap dalam antrean.</translation>
    </message>
    <message>
        <source>F%1 · Num %1</source>
        <translation>F%1 · Num %1</translation>
    </message>
    <message>
        <source>Done &amp; call</source>
        <comment>short for Done &amp; call next</comment>
        <translation>Selesai &amp; panggil</translation>
    </message>
</context>
<context>
    <name>CounterOptions</name>
    <message>
        <source>Staff ID to log in with (the PIN is still asked for).</source>
        <translation>ID petugas untuk masuk (PIN tetap diminta).</translation>
    </message>
    <message>
        <source>Counter to open right after logging in, e.g. L1.</source>
        <translation>Loket yang langsung dibuka setelah masuk, mis. L1.</translation>
    </message>
    <message>
        <source>Read the PIN from the first line of standard input (with --staff).</source>
        <translation>Baca PIN dari baris pertama masukan standar (bersama --staff).</translation>
    </message>
    <message>
        <source>Start in the compact window (about 360×520) to sit beside another application.</source>
        <translation>Mulai dengan jendela ringkas (sekitar 360×520) agar muat di samping aplikasi lain.</translation>
    </message>
    <message>
        <source>Keep the compact window above other windows.</source>
        <translation>Jendela ringkas selalu berada di atas jendela lain.</translation>
    </message>
    <message>
        <source>Lock the screen after MINUTES without input (default 10, 0 = never).</source>
        <translation>Kunci layar setelah MINUTES menit tanpa masukan (bawaan 10, 0 = tidak pernah).</translation>
    </message>
    <message>
        <source>Drill and test mode: log in with --staff, --counter and --pin-stdin, wait for a line &quot;go&quot; on standard input, then call and finish N tickets, printing each called number.</source>
        <translation>Mode latihan dan uji: masuk dengan --staff, --counter dan --pin-stdin, tunggu baris &quot;go&quot; pada masukan standar, lalu panggil dan selesaikan N tiket sambil mencetak setiap nomor yang dipanggil.</translation>
    </message>
    <message>
        <source>--lock-after: &quot;%1&quot; is not a number of minutes from 0 to 1440</source>
        <translation>--lock-after: &quot;%1&quot; bukan jumlah menit dari 0 sampai 1440</translation>
    </message>
    <message>
        <source>--auto-call: &quot;%1&quot; is not a number from 1 to 100000</source>
        <translation>--auto-call: &quot;%1&quot; bukan angka dari 1 sampai 100000</translation>
    </message>
    <message>
        <source>--auto-call needs --staff, --counter and --pin-stdin</source>
        <translation>--auto-call memerlukan --staff, --counter dan --pin-stdin</translation>
    </message>
    <message>
        <source>--pin-stdin needs --staff</source>
        <translation>--pin-stdin memerlukan --staff</translation>
    </message>
    <message>
        <source>--pin-stdin: no PIN on standard input</source>
        <translation>--pin-stdin: tidak ada PIN pada masukan standar</translation>
    </message>
    <message>
        <source>--counter with --screenshot needs --staff</source>
        <translation>--counter dengan --screenshot memerlukan --staff</translation>
    </message>
</context>
<context>
    <name>CounterText</name>
    <message>
        <source>Enter your staff ID.</source>
        <translation>Masukkan ID petugas Anda.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Masukkan PIN Anda.</translation>
    </message>
    <message>
        <source>This account is deactivated; ask the hall administrator.</source>
        <translation>Akun ini dinonaktifkan; hubungi administrator sistem.</translation>
    </message>
    <message>
        <source>Nobody is logged in.</source>
        <translation>Belum ada petugas yang masuk.</translation>
    </message>
    <message>
        <source>Already open.</source>
        <translation>Sudah dibuka.</translation>
    </message>
    <message>
        <source>Open by %1.</source>
        <translation>Dibuka oleh %1.</translation>
    </message>
    <message>
        <source>%1 is already open.</source>
        <translation>%1 sudah dibuka.</translation>
    </message>
    <message>
        <source>%1 is already open by %2.</source>
        <translation>%1 sudah dibuka oleh %2.</translation>
    </message>
    <message>
        <source>%1 is open. Press Call next (F1) to call the first number.</source>
        <translation>%1 dibuka. Tekan Panggil berikutnya (F1) untuk memanggil nomor pertama.</translation>
    </message>
    <message>
        <source>Resumed %1; number %2 is still open.</source>
        <translation>Melanjutkan %1; nomor %2 masih terbuka.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>Melanjutkan %1.</translation>
    </message>
    <message>
        <source>%1 no longer exists in the hall configuration.</source>
        <translation>%1 sudah tidak ada dalam konfigurasi.</translation>
    </message>
    <message>
        <source>%1 was closed from elsewhere.</source>
        <translation>%1 ditutup dari tempat lain.</translation>
    </message>
    <message>
        <source>%1 was taken over by %2.</source>
        <translation>%1 diambil alih oleh %2.</translation>
    </message>
    <message>
        <source>No counter is open.</source>
        <translation>Tidak ada loket yang dibuka.</translation>
    </message>
    <message>
        <source>Number %1 called (%2).</source>
        <translation>Nomor %1 dipanggil (%2).</translation>
    </message>
    <message>
        <source>Number %1 called again.</source>
        <translation>Nomor %1 dipanggil ulang.</translation>
    </message>
    <message>
        <source>Serving number %1. Press Done (F4) when finished.</source>
        <translation>Melayani nomor %1. Tekan Selesai (F4) bila sudah selesai.</translation>
    </message>
    <message>
        <source>Number %1 done: %2.</source>
        <translation>Nomor %1 selesai: %2.</translation>
    </message>
    <message>
        <source>Number %1 done. Number %2 called (%3).</source>
        <translation>Nomor %1 selesai. Nomor %2 dipanggil (%3).</translation>
    </message>
    <message>
        <source>Number %1 done. %2</source>
        <translation>Nomor %1 selesai. %2</translation>
    </message>
    <message>
        <source>Number %1 marked as no-show.</source>
        <translation>Nomor %1 dicatat tidak hadir.</translation>
    </message>
    <message>
        <source>Number %1 transferred to %2; the citizen keeps their place in line.</source>
        <translation>Nomor %1 dialihkan ke %2; urutan antrean warga tetap.</translation>
    </message>
    <message>
        <source>%1 is already on a break.</source>
        <translation>%1 sudah sedang istirahat.</translation>
    </message>
    <message>
        <source>On a break (%1). Press Resume (F8) to reopen.</source>
        <translation>Istirahat (%1). Tekan Lanjut (F8) untuk membuka kembali.</translation>
    </message>
    <message>
        <source>%1 is not on a break.</source>
        <translation>%1 tidak sedang istirahat.</translation>
    </message>
    <message>
        <source>%1 is open again.</source>
        <translation>%1 dibuka kembali.</translation>
    </message>
    <message>
        <source>%1 is closed.</source>
        <translation>%1 ditutup.</translation>
    </message>
    <message>
        <source>The current number</source>
        <translation>Nomor saat ini</translation>
    </message>
    <message>
        <source>Number %1</source>
        <translation>Nomor %1</translation>
    </message>
    <message>
        <source>No one is waiting for the services of %1.</source>
        <translation>Tidak ada warga yang menunggu untuk layanan %1.</translation>
    </message>
    <message>
        <source>%1 is still open at this counter: serve it, mark it no-show or transfer it first.</source>
        <translation>%1 masih terbuka di loket ini: layani, tandai tidak hadir, atau alihkan dulu.</translation>
    </message>
    <message>
        <source>%1 is not open.</source>
        <translation>%1 belum dibuka.</translation>
    </message>
    <message>
        <source>No number is called at %1; press Call next (F1) first.</source>
        <translation>Belum ada nomor yang dipanggil di %1; tekan Panggil berikutnya (F1) dulu.</translation>
    </message>
    <message>
        <source>That is not possible for %1 now.</source>
        <translation>Tindakan itu tidak dapat dilakukan untuk %1 sekarang.</translation>
    </message>
    <message>
        <source>%1 is %2; that is not possible now.</source>
        <translation>%1 berstatus %2; tindakan itu tidak dapat dilakukan sekarang.</translation>
    </message>
    <message>
        <source>%1 is already in that service.</source>
        <translation>%1 sudah berada di layanan itu.</translation>
    </message>
    <message>
        <source>%1 is already open by another officer.</source>
        <translation>%1 sudah dibuka oleh petugas lain.</translation>
    </message>
    <message>
        <source>You are not assigned to %1; ask the supervisor.</source>
        <translation>Anda tidak ditugaskan di %1; hubungi penyelia.</translation>
    </message>
    <message>
        <source>You already have another counter open; close it first.</source>
        <translation>Anda masih membuka loket lain; tutup dulu loket itu.</translation>
    </message>
    <message>
        <source>Wrong staff ID or PIN.</source>
        <translation>ID petugas atau PIN salah.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: this account is locked for %n minute(s).</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah: akun ini dikunci selama %n menit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 mnt</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Tuntas</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Belum lengkap</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dirujuk</translation>
    </message>
    <message>
        <source>The service is finished.</source>
        <translation>Layanan selesai diberikan.</translation>
    </message>
    <message>
        <source>Requirements missing; the citizen must come back.</source>
        <translation>Persyaratan belum lengkap; warga harus datang lagi.</translation>
    </message>
    <message>
        <source>Sent to another agency or office.</source>
        <translation>Dirujuk ke instansi atau kantor lain.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>called</source>
        <translation>dipanggil</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>sedang dilayani</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>kedaluwarsa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>On break</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Istirahat</translation>
    </message>
    <message>
        <source>Prayer</source>
        <translation>Sholat</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>System failure</source>
        <translation>Gangguan sistem</translation>
    </message>
    <message>
        <source>Waiting for the connection to the server…</source>
        <translation>Menunggu sambungan ke server…</translation>
    </message>
    <message>
        <source>The connection to the server was lost while saving; the counter shows what was saved as soon as it is back.</source>
        <translation>Sambungan ke server terputus saat menyimpan; loket menampilkan apa yang tersimpan begitu sambungan pulih.</translation>
    </message>
</context>
<context>
    <name>antre::BoothPage</name>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Penuh</translation>
    </message>
    <message>
        <source>Compact (F11)</source>
        <translation>Ringkas (F11)</translation>
    </message>
    <message>
        <source>Full window</source>
        <translation>Jendela penuh</translation>
    </message>
    <message>
        <source>Compact window</source>
        <translation>Jendela ringkas</translation>
    </message>
    <message>
        <source>Switches between the full window and a small one that fits beside another application (F11).</source>
        <translation>Beralih antara jendela penuh dan jendela kecil yang muat di samping aplikasi lain (F11).</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Lock (F12)</source>
        <translation>Kunci (F12)</translation>
    </message>
    <message>
        <source>Locks the screen; your PIN opens it again. The counter stays open (F12).</source>
        <translation>Mengunci layar; PIN Anda membukanya lagi. Loket tetap terbuka (F12).</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Ganti bahasa</translation>
    </message>
    <message>
        <source>Shows the application in the other language.</source>
        <translation>Menampilkan aplikasi dalam bahasa lain.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your figures today</source>
        <translation>Angka Anda hari ini</translation>
    </message>
    <message>
        <source>Counter state: %1</source>
        <translation>Status loket: %1</translation>
    </message>
    <message numerus="yes">
        <source>Today you served %n</source>
        <translation>
            <numerusform>Hari ini Anda melayani %n</numerusform>
        </translation>
    </message>
    <message>
        <source>median service time %1</source>
        <translation>median waktu layanan %1</translation>
    </message>
    <message>
        <source>median service time –</source>
        <translation>median waktu layanan –</translation>
    </message>
    <message numerus="yes">
        <source>no-show %n</source>
        <translation>
            <numerusform>tidak hadir %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>transferred %n</source>
        <translation>
            <numerusform>dialihkan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>On a break. Press Resume (F8) to reopen the counter.</source>
        <translation>Sedang istirahat. Tekan Lanjut (F8) untuk membuka loket kembali.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting. Press Call next (F1).</source>
        <translation>
            <numerusform>%n menunggu. Tekan Panggil berikutnya (F1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is waiting. New tickets appear here at once.</source>
        <translation>Tidak ada yang menunggu. Tiket baru langsung muncul di sini.</translation>
    </message>
    <message>
        <source>Number %1 is called. When the citizen arrives press Start serving (F3); if nobody comes, Call again (F2) or No-show (F6).</source>
        <translation>Nomor %1 dipanggil. Bila warga datang, tekan Mulai layani (F3); bila tidak ada yang datang, Panggil ulang (F2) atau Tidak hadir (F6).</translation>
    </message>
    <message>
        <source>Serving number %1. Press Done (F4), or Done &amp; call next (F5).</source>
        <translation>Melayani nomor %1. Tekan Selesai (F4), atau Selesai &amp; panggil berikutnya (F5).</translation>
    </message>
    <message>
        <source>Done with number %1: what was the outcome?</source>
        <translation>Nomor %1 selesai: bagaimana hasilnya?</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfer number %1 to which service?</source>
        <translation>Alihkan nomor %1 ke layanan mana?</translation>
    </message>
    <message>
        <source>The citizen keeps their place in line in the new service.</source>
        <translation>Urutan antrean warga tetap di layanan yang baru.</translation>
    </message>
    <message>
        <source>Break: what is the reason?</source>
        <translation>Istirahat: apa alasannya?</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Alasan lain</translation>
    </message>
    <message>
        <source>Start break</source>
        <translation>Mulai istirahat</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>Tutup %1?</translation>
    </message>
    <message>
        <source>Citizens still waiting stay in line for other counters.</source>
        <translation>Warga yang masih menunggu tetap dalam antrean untuk loket lain.</translation>
    </message>
    <message>
        <source>Yes, close %1</source>
        <translation>Ya, tutup %1</translation>
    </message>
    <message>
        <source>You can open a counter again after logging in.</source>
        <translation>Anda dapat membuka loket lagi setelah masuk.</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>the other language, short: translated as EN</comment>
        <translation>EN</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <comment>the other language: translated as English</comment>
        <translation>English</translation>
    </message>
    <message>
        <source>The supervisor sees this counter as on a break, with your reason.</source>
        <translation>Penyelia melihat loket ini sedang istirahat, beserta alasan Anda.</translation>
    </message>
</context>
<context>
    <name>antre::ChoicePanel</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Goes back without doing anything.</source>
        <translation>Kembali tanpa melakukan apa pun.</translation>
    </message>
    <message>
        <source>Type your own answer, then press Enter.</source>
        <translation>Ketik jawaban Anda sendiri, lalu tekan Enter.</translation>
    </message>
</context>
<context>
    <name>antre::CounterWindow</name>
    <message>
        <source>Antre — %1</source>
        <translation>Antre — %1</translation>
    </message>
    <message>
        <source>Antre — counter</source>
        <translation>Antre — loket</translation>
    </message>
</context>
<context>
    <name>antre::LockPage</name>
    <message>
        <source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <source>Enter your PIN to continue</source>
        <translation>Masukkan PIN Anda untuk melanjutkan</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>The PIN of the officer who opened this counter.</source>
        <translation>PIN petugas yang membuka loket ini.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Checks your PIN and shows the counter again.</source>
        <translation>Memeriksa PIN Anda lalu menampilkan loket kembali.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
</context>
<context>
    <name>antre::LoginPage</name>
    <message>
        <source>Counter officer login</source>
        <translation>Masuk petugas loket</translation>
    </message>
    <message>
        <source>Staff ID (NIP)</source>
        <translation>ID petugas (NIP)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>e.g. 198703152010012004</source>
        <translation>mis. 198703152010012004</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>ID petugas</translation>
    </message>
    <message>
        <source>Your staff ID, usually your NIP.</source>
        <translation>ID petugas Anda, biasanya NIP.</translation>
    </message>
    <message>
        <source>Your PIN of 4 to 12 digits.</source>
        <translation>PIN Anda, 4 sampai 12 angka.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Login message</source>
        <translation>Pesan masuk</translation>
    </message>
    <message>
        <source>Checks your staff ID and PIN.</source>
        <translation>Memeriksa ID petugas dan PIN Anda.</translation>
    </message>
    <message>
        <source>Switch language</source>
        <translation>Ganti bahasa</translation>
    </message>
    <message>
        <source>Shows the application in the other language.</source>
        <translation>Menampilkan aplikasi dalam bahasa lain.</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <comment>the other language: translated as English</comment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>antre::PickerPage</name>
    <message>
        <source>Choose your counter</source>
        <translation>Pilih loket Anda</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Masuk sebagai %1</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Back to the login screen without opening a counter.</source>
        <translation>Kembali ke layar masuk tanpa membuka loket.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Closed · press to open</source>
        <translation>Tutup · tekan untuk membuka</translation>
    </message>
    <message>
        <source>Open in your name · press to resume</source>
        <translation>Terbuka atas nama Anda · tekan untuk melanjutkan</translation>
    </message>
    <message>
        <source>Opens %1 for you.</source>
        <translation>Membuka %1 atas nama Anda.</translation>
    </message>
    <message>
        <source>You are not assigned to any counter; ask the supervisor.</source>
        <translation>Anda belum ditugaskan di loket mana pun; hubungi penyelia.</translation>
    </message>
</context>
<context>
    <name>antre::TicketPanel</name>
    <message>
        <source>Current ticket</source>
        <translation>Tiket saat ini</translation>
    </message>
    <message>
        <source>ON A BREAK</source>
        <translation>ISTIRAHAT</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Tanpa alasan</translation>
    </message>
    <message>
        <source>Since %1 (%2). Press Resume (F8) to reopen.</source>
        <translation>Sejak %1 (%2). Tekan Lanjut (F8) untuk membuka kembali.</translation>
    </message>
    <message>
        <source>Ticket taken %1 · waited %2</source>
        <translation>Tiket diambil %1 · menunggu %2</translation>
    </message>
    <message>
        <source>BEING SERVED · %1</source>
        <translation>SEDANG DILAYANI · %1</translation>
    </message>
    <message numerus="yes">
        <source>CALLED %n TIMES · %1 ago</source>
        <translation>
            <numerusform>DIPANGGIL %n KALI · %1 lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>CALLED · %1 ago</source>
        <translation>DIPANGGIL · %1 lalu</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITAS</translation>
    </message>
    <message>
        <source>TRANSFERRED from %1</source>
        <translation>DIALIHKAN dari %1</translation>
    </message>
    <message>
        <source>NO NUMBER CALLED</source>
        <translation>BELUM ADA NOMOR DIPANGGIL</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting. Press Call next (F1).</source>
        <translation>
            <numerusform>%n menunggu. Tekan Panggil berikutnya (F1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
</context>
<context>
    <name>antre::WaitingPanel</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Waiting line</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Citizens waiting for this counter&apos;s services, next first.</source>
        <translation>Warga yang menunggu layanan loket ini, yang berikutnya paling atas.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting here: %n (%1 priority)</source>
        <translation>
            <numerusform>Menunggu di sini: %n (%1 prioritas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting here: %n</source>
        <translation>
            <numerusform>Menunggu di sini: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>Tidak ada yang menunggu.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting · next: %1</source>
        <translation>
            <numerusform>%n menunggu · berikutnya: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritas</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>dialihkan</translation>
    </message>
</context>
</TS>
