<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AnswerText</name>
    <message>
        <location filename="../ui/questions/registry.py" line="+62"/>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../ui/questions/texts.py" line="+48"/>
        <source>{points} points</source>
        <translation>{points} poin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no answer)</source>
        <translation>(tidak dijawab)</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n poin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../ui/app.py" line="+113"/>
        <source>Your data folder {folder} could be read by other users of this computer. It is now private to you.</source>
        <translation>Folder data Anda {folder} dapat dibaca oleh pengguna lain di komputer ini. Sekarang folder itu hanya dapat dibuka oleh Anda.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>QuizApp is already running with the data folder {folder}, but it does not answer. Close that window (or end QuizApp in your task manager), then start QuizApp again.</source>
        <translation>QuizApp sudah berjalan dengan folder data {folder}, tetapi tidak menjawab. Tutup jendela itu (atau hentikan QuizApp di pengelola tugas), lalu jalankan QuizApp lagi.</translation>
    </message>
</context>
<context>
    <name>AttemptReview</name>
    <message>
        <location filename="../ui/attempt_review.py" line="+414"/>
        <source>Click a question, or select it and press Enter, to see it in full.</source>
        <translation>Klik sebuah soal, atau pilih lalu tekan Enter, untuk melihatnya secara lengkap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review of your answers</source>
        <translation>Tinjauan jawaban Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen question in full</source>
        <translation>Soal yang dipilih secara lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Close the details</source>
        <translation>Tutup rincian</translation>
    </message>
    <message>
        <location line="+77"/>
        <location filename="../ui/printing.py" line="+240"/>
        <source>#</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="+1"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="+1"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="+3"/>
        <source>Right answer</source>
        <translation>Jawaban benar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="+3"/>
        <source>Points</source>
        <translation>Poin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="+1"/>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../ui/printing.py" line="+15"/>
        <source>{points} / {possible}</source>
        <translation>{points} / {possible}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../ui/backup_dialogs.py" line="+24"/>
        <source>QuizApp backups (*.db);;All files (*)</source>
        <translation>Cadangan QuizApp (*.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>Back up your data</source>
        <translation>Cadangkan data Anda</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Restore from a backup</source>
        <translation>Pulihkan dari cadangan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore your data</source>
        <translation>Pulihkan data Anda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace your data with the backup {file}?</source>
        <translation>Ganti data Anda dengan cadangan {file}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything stored since that backup was made is replaced. Your data as it is now is backed up first.</source>
        <translation>Semua yang tersimpan sejak cadangan itu dibuat akan diganti. Data Anda saat ini dicadangkan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your data is damaged</source>
        <translation>Data Anda rusak</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup without damage was found. Ask your teacher or administrator for help.</source>
        <translation>Tidak ditemukan cadangan yang tidak rusak. Mintalah bantuan guru atau administrator Anda.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The newest backup without damage was made on {date}. Restore it? The damaged file is kept in the backups folder.</source>
        <translation>Cadangan terbaru yang tidak rusak dibuat pada {date}. Pulihkan cadangan itu? Berkas yang rusak disimpan di folder cadangan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restore backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{file} is not a QuizApp backup. Nothing was changed.</source>
        <translation>{file} bukan cadangan QuizApp. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} was made by a newer version of QuizApp. Nothing was changed; restore it with that version.</source>
        <translation>{file} dibuat oleh versi QuizApp yang lebih baru. Tidak ada yang diubah; pulihkan dengan versi tersebut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is damaged. Nothing was changed.</source>
        <translation>{file} rusak. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no data to back up yet.</source>
        <translation>Belum ada data untuk dicadangkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QuizApp backs up its own database file only, and this one is elsewhere.</source>
        <translation>QuizApp hanya mencadangkan berkas basis datanya sendiri, dan basis data ini berada di tempat lain.</translation>
    </message>
</context>
<context>
    <name>BankEditor</name>
    <message>
        <location filename="../ui/editor/bank_editor.py" line="+306"/>
        <source>A draft of this bank is kept beside it: {name}</source>
        <translation>Draf bank ini tersimpan di sebelahnya: {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This file cannot be read as YAML, so it cannot be edited here. Fix the problem below in a text editor, then open it again.</source>
        <translation>Berkas ini tidak dapat dibaca sebagai YAML, jadi tidak dapat disunting di sini. Perbaiki masalah di bawah dengan penyunting teks, lalu buka lagi.</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Right answer</source>
        <translation>Jawaban benar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong answer</source>
        <translation>Jawaban salah</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answer</source>
        <translation>jawaban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Pertama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Second</source>
        <translation>Kedua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Third</source>
        <translation>Ketiga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the {{blank}}.</source>
        <translation>Isi {{bagian}} yang kosong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the question here.</source>
        <translation>Tulis pertanyaannya di sini.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Problems: none. The bank is valid.</source>
        <translation>Masalah: tidak ada. Bank ini valid.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Problems: %n error(s)</source>
        <translation>
            <numerusform>Masalah: %n kesalahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>, %n peringatan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Save the bank as</source>
        <translation>Simpan bank sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question banks (*.yaml *.yml)</source>
        <translation>Bank soal (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file has comments inside it, or anchors and aliases (a name after &amp; or *). Saving writes the file again from the forms: those comments and anchors will be gone. The comment block at the top of the file is kept.</source>
        <translation>Berkas ini berisi komentar di dalamnya, atau anchor dan alias (nama setelah &amp; atau *). Menyimpan menulis ulang berkas dari formulir: komentar dan anchor itu akan hilang. Blok komentar di awal berkas tetap disimpan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The bank has errors (listed under Problems), and the file on disk is a valid bank, so it was not overwritten. Keep your changes in a draft beside it ({name})? The library does not read drafts.</source>
        <translation>Bank ini punya kesalahan (tercantum di Masalah), sedangkan berkas di disk adalah bank yang valid, jadi berkas itu tidak ditimpa. Simpan perubahan Anda sebagai draf di sebelahnya ({name})? Pustaka tidak membaca draf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved {name}.</source>
        <translation>{name} tersimpan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The bank could not be saved: {reason}</source>
        <translation>Bank tidak dapat disimpan: {reason}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your changes are kept in {name}; the bank itself is unchanged.</source>
        <translation>Perubahan Anda tersimpan di {name}; bank itu sendiri tidak berubah.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This bank has changes that are not saved. Save them before closing?</source>
        <translation>Bank ini punya perubahan yang belum disimpan. Simpan sebelum menutup?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard changes</source>
        <translation>Buang perubahan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bank editor</source>
        <translation>Penyunting bank</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name}{mark} — Bank editor</source>
        <translation>{name}{mark} — Penyunting bank</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;as…</source>
        <translation>Simpan s&amp;ebagai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close editor</source>
        <translation>&amp;Tutup penyunting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate question</source>
        <translation>Gandakan soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete question</source>
        <translation>Hapus soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank and se&amp;ttings</source>
        <translation>Bank dan &amp;pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reading</source>
        <translation>Ba&amp;caan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Questions</source>
        <translation>S&amp;oal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (drag, or Ctrl+Up / Ctrl+Down, to reorder):</source>
        <translation>Soal (seret, atau Ctrl+Atas / Ctrl+Bawah, untuk mengubah urutan):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading (Markdown)</source>
        <translation>Bacaan (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading file</source>
        <translation>Berkas bacaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a question</source>
        <translation>Tambah soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Gandakan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the question</source>
        <translation>Gandakan soal ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the question</source>
        <translation>Hapus soal ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up</source>
        <translation>Naik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question up</source>
        <translation>Pindahkan soal ke atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Turun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move the question down</source>
        <translation>Pindahkan soal ke bawah</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reading is kept in its own Markdown file, beside the bank:</source>
        <translation>Bacaan disimpan dalam berkas Markdown tersendiri, di sebelah bank:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Study text a student can read before and during practice (Markdown). A question&apos;s source quote must occur in it.</source>
        <translation>Teks belajar yang dapat dibaca siswa sebelum dan selama latihan (Markdown). Kutipan sumber sebuah soal harus ada di dalamnya.</translation>
    </message>
</context>
<context>
    <name>BankForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="+493"/>
        <source>en, id, zh-Hans…</source>
        <translation>en, id, zh-Hans…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>dipisahkan dengan koma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank id:</source>
        <translation>Id bank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the questions:</source>
        <translation>Bahasa soal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description:</source>
        <translation>Deskripsi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authors:</source>
        <translation>Penulis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
</context>
<context>
    <name>BankTexts</name>
    <message>
        <location filename="../ui/bank_texts.py" line="+13"/>
        <source>feedback after each answer</source>
        <translation>umpan balik setelah setiap jawaban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback at the end</source>
        <translation>umpan balik di akhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feedback, only the score</source>
        <translation>tanpa umpan balik, hanya skor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>review shows the right answers and explanations</source>
        <translation>ulasan menampilkan jawaban yang benar dan penjelasannya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>review shows points per question, and the right answers after your last attempt</source>
        <translation>ulasan menampilkan poin tiap soal, dan jawaban yang benar setelah percobaan terakhir Anda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>review shows your answers and points, never the right answers</source>
        <translation>ulasan menampilkan jawaban dan poin Anda, tanpa jawaban yang benar</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../ui/pages/charts_page.py" line="+263"/>
        <source>Your progress</source>
        <translation>Kemajuan Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank soal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank whose progress is shown</source>
        <translation>Bank soal yang kemajuannya ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Score over time</source>
        <translation>Nilai dari waktu ke waktu</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+1"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Time per question</source>
        <translation>Waktu per soal</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Median seconds per answered question</source>
        <translation>Median detik per soal yang dijawab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds</source>
        <translation>Detik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Points earned</source>
        <translation>Poin yang diraih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The questions of this bank have no tags, so there is no mastery per tag.</source>
        <translation>Soal-soal bank ini tidak bertag, jadi tidak ada penguasaan per tag.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+296"/>
        <source>Mastery per tag</source>
        <translation>Penguasaan per tag</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Back to your history</source>
        <translation>Kembali ke riwayat Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the bank</source>
        <translation>Kembali ke bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the library</source>
        <translation>Kembali ke pustaka</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Reading your attempts…</source>
        <translation>Membaca percobaan Anda…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your progress could not be read. Try again later.</source>
        <translation>Kemajuan Anda tidak dapat dibaca. Coba lagi nanti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You have no finished attempts yet. Finish a quiz, and your progress at its bank shows here.</source>
        <translation>Anda belum memiliki percobaan yang selesai. Selesaikan sebuah kuis, dan kemajuan Anda pada bank soalnya tampil di sini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have no finished attempts at this bank yet. Finish a quiz of it, and your progress shows here.</source>
        <translation>Anda belum memiliki percobaan yang selesai pada bank soal ini. Selesaikan kuisnya, dan kemajuan Anda tampil di sini.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Finished attempts: {count}</source>
        <translation>Percobaan selesai: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest: {percent}</source>
        <translation>Terakhir: {percent}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best: {percent}</source>
        <translation>Terbaik: {percent}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pass mark: {percent}</source>
        <translation>Batas lulus: {percent}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This bank is no longer in the library.</source>
        <translation>Bank soal ini sudah tidak ada di pustaka.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Pass mark ({percent})</source>
        <translation>Batas lulus ({percent})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Median seconds per answered question: {first} at first, {last} lately.</source>
        <translation>Median detik per soal yang dijawab: {first} pada awalnya, {last} belakangan ini.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mastery per tag (the {shown} weakest of {total})</source>
        <translation>Penguasaan per tag ({shown} terlemah dari {total})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Weakest: {weakest} ({weak}). Strongest: {strongest} ({strong}).</source>
        <translation>Terlemah: {weakest} ({weak}). Terkuat: {strongest} ({strong}).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{when}: {points} of {possible} points, {percent}, passed</source>
        <translation>{when}: {points} dari {possible} poin, {percent}, lulus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when}: {points} of {possible} points, {percent}, not passed</source>
        <translation>{when}: {points} dari {possible} poin, {percent}, tidak lulus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{when}: {seconds} seconds per question (the median of {count} answered)</source>
        <translation>{when}: {seconds} detik per soal (median dari {count} yang dijawab)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{tag}: {points} of {possible} points earned, {percent}</source>
        <translation>{tag}: {points} dari {possible} poin diraih, {percent}</translation>
    </message>
</context>
<context>
    <name>ChoiceButtonsWidget</name>
    <message>
        <location filename="../ui/questions/choices.py" line="+103"/>
        <source>Choice {letter}: {text}</source>
        <translation>Pilihan {letter}: {text}</translation>
    </message>
</context>
<context>
    <name>ClassRoomView</name>
    <message>
        <source>&amp;Class…</source>
        <translation type="vanished">K&amp;elas…</translation>
    </message>
    <message>
        <location filename="../ui/class_room.py" line="+184"/>
        <source>C&amp;lass…</source>
        <translation>K&amp;elas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class: sending answers</source>
        <translation>Kelas: pengiriman jawaban</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Class {name}: {state}</source>
        <translation>Kelas {name}: {state}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose your profile first, then join the class.</source>
        <translation>Pilih profil Anda dulu, lalu bergabunglah dengan kelas.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Answers not sent yet</source>
        <translation>Jawaban belum terkirim</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n answers have not reached the class yet. They are kept on this computer and sent the next time QuizApp can reach the class.</source>
        <translation>
            <numerusform>%n jawaban belum sampai ke kelas. Jawaban itu disimpan di komputer ini dan dikirim saat QuizApp berikutnya dapat menjangkau kelas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassSettingsDialog</name>
    <message>
        <location line="+45"/>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class settings</source>
        <translation>Pengaturan kelas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Join code</source>
        <translation>Kode bergabung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Join</source>
        <translation>&amp;Gabung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join the class</source>
        <translation>Bergabung dengan kelas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send now</source>
        <translation>Kiri&amp;m sekarang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send waiting answers now</source>
        <translation>Kirim jawaban yang menunggu sekarang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Leave the class…</source>
        <translation>Kel&amp;uar dari kelas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>Leave the class</source>
        <translation>Keluar dari kelas</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers:</source>
        <translation>Jawaban:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Join a class</source>
        <translation>Bergabung dengan kelas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste the join code your teacher gave you. The current profile joins; its answers are then sent to the class, and the class&apos;s banks appear in your library. With the teacher&apos;s own code, this computer becomes the teacher&apos;s: its statistics cover the whole class.</source>
        <translation>Tempelkan kode bergabung dari guru Anda. Profil yang sedang dipakai akan bergabung; jawabannya lalu dikirim ke kelas, dan bank soal kelas muncul di pustaka Anda. Dengan kode milik guru sendiri, komputer ini menjadi komputer guru: statistiknya mencakup seluruh kelas.</translation>
    </message>
    <message>
        <source>Paste the join code your teacher gave you. The current profile joins; its answers are then sent to the class, and the class&apos;s banks appear in your library.</source>
        <translation type="vanished">Tempelkan kode bergabung dari guru Anda. Profil yang sedang dipakai akan bergabung; jawabannya lalu dikirim ke kelas, dan bank soal kelas muncul di pustaka Anda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Join &amp;code:</source>
        <translation>&amp;Kode bergabung:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class&apos;s teacher: statistics and exports read every student</source>
        <translation>Guru kelas: statistik dan ekspor membaca semua siswa</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This computer stops sending answers to the class. What was sent stays with the teacher; answers not sent yet stay only on this computer.</source>
        <translation>Komputer ini berhenti mengirim jawaban ke kelas. Yang sudah terkirim tetap ada pada guru; jawaban yang belum terkirim hanya tersimpan di komputer ini.</translation>
    </message>
</context>
<context>
    <name>ClozeForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="-184"/>
        <source>Water boils at {{100|one hundred}} °C.</source>
        <translation>Air mendidih pada {{100|seratus}} °C.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text with {{blanks}}:</source>
        <translation>Teks dengan {{isian}}:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter case matters:</source>
        <translation>Huruf besar/kecil berpengaruh:</translation>
    </message>
</context>
<context>
    <name>ClozeWidget</name>
    <message numerus="yes">
        <location filename="../ui/questions/cloze.py" line="+103"/>
        <source>%n blank(s) still empty: {numbers}.</source>
        <translation>
            <numerusform>%n isian masih kosong: {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fill in every blank; Tab moves to the next one.</source>
        <translation>Lengkapi setiap isian; Tab berpindah ke isian berikutnya.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Blank {number} of {count}</source>
        <translation>Isian {number} dari {count}</translation>
    </message>
</context>
<context>
    <name>Deleter</name>
    <message>
        <location filename="../ui/deletion.py" line="+81"/>
        <source>Delete the profile “{name}”?</source>
        <translation>Hapus profil “{name}”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its {attempts} attempts with {answers} answers, its scores and its study progress are deleted with it. This cannot be undone.</source>
        <translation>{attempts} percobaannya dengan {answers} jawaban, nilainya, dan kemajuan belajarnya ikut terhapus. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete profile</source>
        <translation>Hapus profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete {name}&apos;s attempt at “{bank}” of {when}?</source>
        <translation>Hapus percobaan {name} pada “{bank}” tanggal {when}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its {answers} answers and its score are deleted with it. This cannot be undone.</source>
        <translation>{answers} jawabannya dan nilainya ikut terhapus. Ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete attempt</source>
        <translation>Hapus percobaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep</source>
        <translation>Jangan hapus</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deleting needs the teacher PIN.</source>
        <translation>Menghapus memerlukan PIN guru.</translation>
    </message>
</context>
<context>
    <name>EditorLauncher</name>
    <message>
        <location filename="../ui/editor/launcher.py" line="+93"/>
        <source>New bank: choose its file</source>
        <translation>Bank baru: pilih berkasnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question banks (*.yaml *.yml)</source>
        <translation>Bank soal (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} already exists; choose another name, or edit that bank.</source>
        <translation>{name} sudah ada; pilih nama lain, atau sunting bank itu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This file is outside the library folders: add its folder in Settings to see the bank in the library.</source>
        <translation>Berkas ini berada di luar folder pustaka: tambahkan foldernya di Pengaturan agar bank tampil di pustaka.</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../ui/feedback_panel.py" line="+100"/>
        <source>Feedback on your answer</source>
        <translation>Umpan balik atas jawaban Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Right.</source>
        <translation>Benar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong.</source>
        <translation>Salah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly right: you scored {points} of {possible}.</source>
        <translation>Sebagian benar: Anda mendapat {points} dari {possible}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time is up.</source>
        <translation>Waktu habis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Right answer: {answer}</source>
        <translation>Jawaban benar: {answer}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source: “{quote}”</source>
        <translation>Sumber: “{quote}”</translation>
    </message>
</context>
<context>
    <name>FormatValue</name>
    <message>
        <location filename="../ui/editor/fields.py" line="+204"/>
        <source>Single choice</source>
        <translation>Pilihan tunggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation>Pilihan ganda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True or false</source>
        <translation>Benar atau salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short answer</source>
        <translation>Jawaban singkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>Mengurutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>Menjodohkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the blanks</source>
        <translation>Isian rumpang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All or nothing</source>
        <translation>Semua atau tidak sama sekali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial credit</source>
        <translation>Nilai sebagian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After each answer</source>
        <translation>Setelah setiap jawaban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the end</source>
        <translation>Di akhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Semuanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything after the last attempt</source>
        <translation>Semuanya setelah percobaan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points only</source>
        <translation>Hanya poin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hard</source>
        <translation>Sulit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../ui/models/history_model.py" line="+80"/>
        <source>Bank</source>
        <translation>Bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date and time</source>
        <translation>Tanggal dan waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percent</source>
        <translation>Persen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time used</source>
        <translation>Waktu terpakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>Cara berakhir</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>In progress</source>
        <translation>Sedang berlangsung</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Submitted</source>
        <translation>Dikumpulkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time up</source>
        <translation>Waktu habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question time up</source>
        <translation>Waktu soal habis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended after an interruption</source>
        <translation>Berakhir setelah gangguan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not passed</source>
        <translation>Tidak lulus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (no longer in the library)</source>
        <translation>{title} (sudah tidak ada di pustaka)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{points} / {possible}</source>
        <translation>{points} / {possible}</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <location filename="../ui/history_export.py" line="+40"/>
        <source>Export the history as JSON</source>
        <translation>Ekspor riwayat sebagai JSON</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the history as CSV</source>
        <translation>Ekspor riwayat sebagai CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exported {count} attempts to {path}.</source>
        <translation>{count} percobaan diekspor ke {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file could not be written: {path}</source>
        <translation>Berkas tidak dapat ditulis: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder you can write to. ({reason})</source>
        <translation>Pilih folder yang dapat ditulisi. ({reason})</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../ui/pages/history_page.py" line="+86"/>
        <source>Your history</source>
        <translation>Riwayat Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only attempts at this bank</source>
        <translation>Tampilkan hanya percobaan pada bank soal ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All banks</source>
        <translation>Semua bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Started from</source>
        <translation>&amp;Dimulai dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only attempts started within these days</source>
        <translation>Tampilkan hanya percobaan yang dimulai pada rentang hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only attempts with this result</source>
        <translation>Tampilkan hanya percobaan dengan hasil ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All results</source>
        <translation>Semua hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not passed</source>
        <translation>Tidak lulus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Sedang berlangsung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only exams or study sessions</source>
        <translation>Tampilkan hanya ujian atau sesi belajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exams</source>
        <translation>Ujian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Ulasan berkala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistakes drill</source>
        <translation>Latihan kesalahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All modes</source>
        <translation>Semua mode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your attempts</source>
        <translation>Percobaan Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review attempt</source>
        <translation>&amp;Tinjau percobaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the selected attempt</source>
        <translation>Tinjau percobaan yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the selected attempt</source>
        <translation>Lanjutkan percobaan yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete attempt…</source>
        <translation>&amp;Hapus percobaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected attempt</source>
        <translation>Hapus percobaan yang dipilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress charts</source>
        <translation>&amp;Grafik kemajuan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress charts of the chosen bank or of the selected attempt&apos;s bank</source>
        <translation>Grafik kemajuan bank soal yang dipilih atau bank soal dari percobaan yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Back to the library</source>
        <translation>Kembali ke pustaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the attempts listed as a CSV file</source>
        <translation>Ekspor percobaan yang tercantum sebagai berkas CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON…</source>
        <translation>Ekspor &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the attempts listed as a JSON file</source>
        <translation>Ekspor percobaan yang tercantum sebagai berkas JSON</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>The first day is after the last day: choose another range.</source>
        <translation>Hari pertama jatuh setelah hari terakhir: pilih rentang lain.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your history could not be read. Try again later.</source>
        <translation>Riwayat Anda tidak dapat dibaca. Coba lagi nanti.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You have no attempts yet. Start a quiz from the library; each attempt is listed here.</source>
        <translation>Anda belum memiliki percobaan. Mulai kuis dari pustaka; setiap percobaan akan tercantum di sini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No attempts match these filters. Change or clear them.</source>
        <translation>Tidak ada percobaan yang cocok dengan filter ini. Ubah atau hapus filternya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No quiz attempts yet. Your study sessions are listed when you choose Practice, Review or Mistakes drill above.</source>
        <translation>Belum ada percobaan kuis. Sesi belajar Anda ditampilkan bila Anda memilih Latihan, Ulasan berkala, atau Latihan kesalahan di atas.</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <location filename="../ui/questions/image.py" line="+98"/>
        <source>Picture: {alt}</source>
        <translation>Gambar: {alt}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(The picture is not available.)</source>
        <translation>(Gambar tidak tersedia.)</translation>
    </message>
    <message>
        <source>[Picture: {alt}]</source>
        <translation type="vanished">[Gambar: {alt}]</translation>
    </message>
</context>
<context>
    <name>Interchange</name>
    <message>
        <location filename="../ui/interchange.py" line="+45"/>
        <source>Question files (*.gift *.txt *.xml *.yaml *.yml)</source>
        <translation>Berkas soal (*.gift *.txt *.xml *.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+230"/>
        <source>Moodle GIFT (*.gift *.txt)</source>
        <translation>GIFT Moodle (*.gift *.txt)</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Aiken (*.txt)</source>
        <translation>Aiken (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moodle XML (*.xml)</source>
        <translation>XML Moodle (*.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QuizApp banks (*.yaml *.yml)</source>
        <translation>Bank soal QuizApp (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+14"/>
        <location line="+35"/>
        <source>Import questions</source>
        <translation>Impor soal</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Choose the library folder for the bank</source>
        <translation>Pilih folder pustaka untuk bank soal</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Converting {file}…</source>
        <translation>Mengonversi {file}…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{file} could not be converted; nothing was written.</source>
        <translation>{file} tidak dapat dikonversi; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{title}” imported into {file}. Questions: {count}.</source>
        <translation>“{title}” diimpor ke {file}. Jumlah soal: {count}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} sudah ada. Ganti?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select a bank in the library first.</source>
        <translation>Pilih dulu sebuah bank soal di pustaka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+40"/>
        <location line="+12"/>
        <source>Export bank</source>
        <translation>Ekspor bank soal</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Anki deck (*.apkg)</source>
        <translation>Dek Anki (*.apkg)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing {file}…</source>
        <translation>Menulis {file}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bank could not be exported.</source>
        <translation>Bank soal tidak dapat diekspor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{title}” written to {file}.</source>
        <translation>“{title}” ditulis ke {file}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was written: {reason}</source>
        <translation>Tidak ada yang ditulis: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written.</source>
        <translation>Tidak ada yang ditulis.</translation>
    </message>
</context>
<context>
    <name>InterchangeDialog</name>
    <message>
        <location line="-268"/>
        <source>Converting</source>
        <translation>Mengonversi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems found</source>
        <translation>Masalah yang ditemukan</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../ui/models/library_model.py" line="+125"/>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Best score</source>
        <translation>Nilai terbaik</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>English</source>
        <translation>Inggris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesian</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last attempt</source>
        <translation>Percobaan terakhir</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Out of date: the file of this bank has errors, so the last valid version is used until it is fixed (see Problems).</source>
        <translation>Usang: berkas bank soal ini mengandung kesalahan, jadi versi sah terakhirnya dipakai sampai berkas itu diperbaiki (lihat Masalah).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{title} (out of date)</source>
        <translation>{title} (usang)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No attempts left for this bank.</source>
        <translation>Tidak ada lagi percobaan tersisa untuk bank soal ini.</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>none</source>
        <comment>no time limit</comment>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{attempts} — none left</source>
        <translation>{attempts} — habis</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>{n} h</source>
        <translation>{n} jam</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Due today</source>
        <translation>Diulang hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastery</source>
        <translation>Penguasaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Questions you have studied that are due for review today</source>
        <translation>Soal yang pernah Anda pelajari dan perlu diulang hari ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share of the questions you have studied that you would still recall tonight at your desired retention</source>
        <translation>Bagian soal yang pernah Anda pelajari yang masih akan Anda ingat malam ini, pada retensi yang Anda inginkan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{n} min</source>
        <translation>{n} mnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} s</source>
        <translation>{n} dtk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{used} of {allowed}</source>
        <translation>{used} dari {allowed}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../ui/pages/library_page.py" line="+127"/>
        <source>Search titles, descriptions and tags</source>
        <translation>Cari judul, deskripsi, dan tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the library</source>
        <translation>Cari di pustaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only banks with this tag</source>
        <translation>Tampilkan hanya bank soal dengan tag ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only banks in this language</source>
        <translation>Tampilkan hanya bank soal dalam bahasa ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the library folders again</source>
        <translation>Baca ulang folder pustaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the library</source>
        <translation>Muat ulang pustaka</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Question banks</source>
        <translation>Bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start quiz</source>
        <translation>Mulai kuis</translation>
    </message>
    <message>
        <source>Start the quiz of the selected bank</source>
        <translation type="vanished">Mulai kuis dari bank soal yang dipilih</translation>
    </message>
    <message>
        <source>Problems found in bank files</source>
        <translation type="vanished">Masalah yang ditemukan dalam berkas bank soal</translation>
    </message>
    <message>
        <source>Files with errors were not loaded (warnings are only advice). Fix them in your editor, then press Reload.</source>
        <translation type="vanished">Berkas yang mengandung kesalahan tidak dimuat (peringatan hanya berupa saran). Perbaiki berkas itu di editor Anda, lalu tekan Muat ulang.</translation>
    </message>
    <message>
        <source>Problems in bank files ({count})</source>
        <translation type="vanished">Masalah dalam berkas bank soal ({count})</translation>
    </message>
    <message>
        <location line="+318"/>
        <source>Questions: {count}</source>
        <translation>Jumlah soal: {count}</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>All tags</source>
        <translation>Semua tag</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your past attempts (Ctrl+H)</source>
        <translation>Percobaan Anda sebelumnya (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open your history</source>
        <translation>Buka riwayat Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;view</source>
        <translation>&amp;Ulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The questions due for review, from every bank</source>
        <translation>Soal yang jatuh tempo untuk diulas, dari semua bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the due questions of every bank</source>
        <translation>Ulas soal yang jatuh tempo dari semua bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mistakes</source>
        <translation>&amp;Kesalahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill what you last answered wrong, in every bank</source>
        <translation>Latih lagi yang terakhir Anda jawab salah, di semua bank soal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drill the questions you last answered wrong in every bank</source>
        <translation>Latih lagi soal yang terakhir Anda jawab salah di semua bank soal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the start page of the selected bank</source>
        <translation>Buka halaman awal bank soal yang dipilih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show or hide the problems found in bank files</source>
        <translation>Tampilkan atau sembunyikan masalah dalam berkas bank soal</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>No problems in bank files.</source>
        <translation>Tidak ada masalah dalam berkas bank soal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 bank could not be read.</source>
        <translation>1 bank soal tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} banks could not be read.</source>
        <translation>{count} bank soal tidak dapat dibaca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some bank files have warnings.</source>
        <translation>Beberapa berkas bank soal memiliki peringatan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hide details</source>
        <translation>Sembunyikan rincian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details…</source>
        <translation>Rincian…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No bank matches the filters.</source>
        <translation>Tidak ada bank soal yang cocok dengan filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No question banks yet.</source>
        <translation>Belum ada bank soal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a folder of bank files in Settings.</source>
        <translation>Tambahkan folder berisi berkas bank soal di Pengaturan.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>time limit: {limit}</source>
        <translation>batas waktu: {limit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass mark: {mark}%</source>
        <translation>batas lulus: {mark}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>per question: {limit}</source>
        <translation>per soal: {limit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{asked} of {total} questions, drawn at random</source>
        <translation>{asked} dari {total} soal, diambil secara acak</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No attempts left: you have used all {allowed} attempts at this bank.</source>
        <translation>Tidak ada percobaan tersisa: Anda sudah memakai semua {allowed} percobaan untuk bank soal ini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts: {attempts}</source>
        <translation>Percobaan: {attempts}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="+203"/>
        <location line="+167"/>
        <source>Library update progress</source>
        <translation>Kemajuan pembaruan pustaka</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>&amp;QuizApp</source>
        <translation>&amp;QuizApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;profile</source>
        <translation>Ganti pro&amp;fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name profile…</source>
        <translation>Ganti &amp;nama profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete profile…</source>
        <translation>&amp;Hapus profil…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reload library</source>
        <translation>M&amp;uat ulang pustaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stat&amp;istics (teacher)…</source>
        <translation>Stat&amp;istik (guru)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;history</source>
        <translation>&amp;Riwayat Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress &amp;charts</source>
        <translation>&amp;Grafik kemajuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;mport questions…</source>
        <translation>Imp&amp;or soal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport bank…</source>
        <translation>Ekspor &amp;bank soal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w bank…</source>
        <translation>B&amp;ank baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit bank</source>
        <translation>&amp;Sunting bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up your data…</source>
        <translation>&amp;Cadangkan data Anda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Res&amp;tore from a backup…</source>
        <translation>Pu&amp;lihkan dari cadangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Opening your data…</source>
        <translation>Membuka data Anda…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your data is damaged.</source>
        <translation>Data Anda rusak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data is damaged. QuizApp has not changed it.</source>
        <translation>Data Anda rusak. QuizApp tidak mengubahnya.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+1"/>
        <source>Your data could not be opened.</source>
        <translation>Data Anda tidak dapat dibuka.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Updating the library…</source>
        <translation>Memperbarui pustaka…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updating the library… {done} of {total} files</source>
        <translation>Memperbarui pustaka… {done} dari {total} berkas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Library up to date. Banks read: {count}.</source>
        <translation>Pustaka sudah mutakhir. Bank soal yang dibaca: {count}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Library updated; some bank files have problems.</source>
        <translation>Pustaka diperbarui; beberapa berkas bank soal bermasalah.</translation>
    </message>
    <message>
        <source>No application could open {path}.</source>
        <translation type="vanished">Tidak ada aplikasi yang dapat membuka {path}.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The library could not be updated.</source>
        <translation>Pustaka tidak dapat diperbarui.</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+114"/>
        <source>A name needs 1 to {limit} letters, digits or other characters.</source>
        <translation>Nama harus terdiri dari 1 sampai {limit} huruf, angka, atau karakter lain.</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Profile: {name}</source>
        <translation>Profil: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch or rename the profile</source>
        <translation>Ganti profil atau ubah namanya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: {name}. Switch or rename it</source>
        <translation>Profil: {name}. Ganti profil atau ubah namanya</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Rename profile</source>
        <translation>Ubah nama profil</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New name for “{name}” (your scores and history stay with it):</source>
        <translation>Nama baru untuk “{name}” (nilai dan riwayat Anda tetap tersimpan):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The profile is now called “{name}”.</source>
        <translation>Profil ini sekarang bernama “{name}”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Another profile is already called “{name}”. Choose another name.</source>
        <translation>Sudah ada profil lain bernama “{name}”. Pilih nama lain.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This quiz does not allow the reading while it runs.</source>
        <translation>Kuis ini tidak mengizinkan bacaan dibuka selama kuis berlangsung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bank has no reading.</source>
        <translation>Bank soal ini tidak memiliki bacaan.</translation>
    </message>
    <message>
        <location line="+221"/>
        <location line="+51"/>
        <source>This bank is no longer in the library.</source>
        <translation>Bank soal ini sudah tidak ada di pustaka.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>{app} — Library — {profile}</source>
        <translation>{app} — Pustaka — {profile}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{app} — History — {profile}</source>
        <translation>{app} — Riwayat — {profile}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{app} — Progress — {profile}</source>
        <translation>{app} — Kemajuan — {profile}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{app} — Statistics</source>
        <translation>{app} — Statistik</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Backup saved as {file}.</source>
        <translation>Cadangan disimpan sebagai {file}.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Restoring your data…</source>
        <translation>Memulihkan data Anda…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your data was restored.</source>
        <translation>Data Anda telah dipulihkan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was restored.</source>
        <translation>Tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Your answers are saved; the timer keeps running. Close?</source>
        <translation>Jawaban Anda sudah tersimpan; waktu terus berjalan. Tutup?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close QuizApp</source>
        <translation>Tutup QuizApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep going</source>
        <translation>Lanjutkan kuis</translation>
    </message>
    <message>
        <location line="-480"/>
        <source>No attempts left for this bank.</source>
        <translation>Tidak ada lagi percobaan tersisa untuk bank soal ini.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Question {number} of {total} — {title}</source>
        <translation>Soal {number} dari {total} — {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{app} — {where}</source>
        <translation>{app} — {where}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{app} — {bank} — {profile}</source>
        <translation>{app} — {bank} — {profile}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{app} — Results — {bank}</source>
        <translation>{app} — Hasil — {bank}</translation>
    </message>
</context>
<context>
    <name>MappingForm</name>
    <message>
        <location filename="../ui/editor/fields.py" line="+21"/>
        <source>(default)</source>
        <translation>(bawaan)</translation>
    </message>
</context>
<context>
    <name>MatchingForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="-27"/>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairs:</source>
        <translation>Pasangan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra right-hand options (one per line):</source>
        <translation>Pilihan kanan tambahan (satu per baris):</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <location filename="../ui/questions/matching.py" line="+60"/>
        <source>No match chosen yet for: {items}.</source>
        <translation>Belum ada pasangan yang dipilih untuk: {items}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a match for each item: Tab moves between the lists, the arrow keys or the first letters pick an option.</source>
        <translation>Pilih pasangan untuk setiap butir: Tab berpindah antardaftar, tombol panah atau huruf pertama memilih opsi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Match for: {item}</source>
        <translation>Pasangan untuk: {item}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— choose —</source>
        <translation>— pilih —</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/messages.py" line="+66"/>
        <source>QuizApp</source>
        <translation>QuizApp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QuizApp — Error</source>
        <translation>QuizApp — Kesalahan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>QuizApp — Warning</source>
        <translation>QuizApp — Peringatan</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Something went wrong: {error}</source>
        <translation>Terjadi kesalahan: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong: {error}

The details were written to {log}.</source>
        <translation>Terjadi kesalahan: {error}

Rinciannya sudah ditulis ke {log}.</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="-165"/>
        <source>Choices (one per line):</source>
        <translation>Pilihan (satu per baris):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answers (tick them):</source>
        <translation>Jawaban benar (centang):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring:</source>
        <translation>Penilaian:</translation>
    </message>
</context>
<context>
    <name>MultipleChoiceWidget</name>
    <message>
        <location filename="../ui/questions/multiple_choice.py" line="+18"/>
        <source>Pick every right answer: press a letter (A–{last_letter}) or a number (1–{last_number}) to pick a choice, and press it again to take it back.</source>
        <translation>Pilih semua jawaban yang benar: tekan huruf (A–{last_letter}) atau angka (1–{last_number}) untuk memilih, lalu tekan lagi untuk membatalkannya.</translation>
    </message>
</context>
<context>
    <name>NumericForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="+74"/>
        <source>a plain number: 86400, 3.14</source>
        <translation>angka biasa: 86400, 3.14</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right answer:</source>
        <translation>Jawaban benar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolerance (±):</source>
        <translation>Toleransi (±):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit:</source>
        <translation>Satuan:</translation>
    </message>
</context>
<context>
    <name>NumericWidget</name>
    <message>
        <location filename="../ui/questions/numeric.py" line="+31"/>
        <source>Type a number</source>
        <translation>Ketik angka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your answer, a number in {unit}</source>
        <translation>Jawaban Anda, berupa angka dalam {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your answer, a number</source>
        <translation>Jawaban Anda, berupa angka</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This is not a number. Type digits, for example {example}.</source>
        <translation>Ini bukan angka. Ketik angka, misalnya {example}.</translation>
    </message>
</context>
<context>
    <name>OrderingForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="+21"/>
        <source>Items in the right order (one per line):</source>
        <translation>Butir dalam urutan yang benar (satu per baris):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring:</source>
        <translation>Penilaian:</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <location filename="../ui/questions/ordering.py" line="+84"/>
        <source>Items to put in order</source>
        <translation>Butir yang harus diurutkan</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Drag the items into the right order, or select one with the arrow keys and move it with Alt+Up and Alt+Down.</source>
        <translation>Seret butir-butir ke urutan yang benar, atau pilih satu butir dengan tombol panah lalu pindahkan dengan Alt+Panah Atas dan Alt+Panah Bawah.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{position}. {item}</source>
        <translation>{position}. {item}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}, position {position} of {count}</source>
        <translation>{item}, urutan {position} dari {count}</translation>
    </message>
</context>
<context>
    <name>PdfSaver</name>
    <message>
        <location filename="../ui/pdf_export.py" line="+40"/>
        <source>Save the attempt as PDF</source>
        <translation>Simpan percobaan sebagai PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the statistics as PDF</source>
        <translation>Simpan statistik sebagai PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Saved {path}.</source>
        <translation>Tersimpan: {path}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PDF could not be written: {path}</source>
        <translation>PDF tidak dapat ditulis: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder you can write to. ({reason})</source>
        <translation>Pilih folder yang dapat ditulisi. ({reason})</translation>
    </message>
</context>
<context>
    <name>PinEditDialog</name>
    <message>
        <location filename="../ui/pin_dialog.py" line="+91"/>
        <source>Set a teacher PIN</source>
        <translation>Pasang PIN guru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the teacher PIN</source>
        <translation>Ganti PIN guru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the teacher PIN</source>
        <translation>Hapus PIN guru</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current PIN</source>
        <translation>PIN saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN again</source>
        <translation>PIN baru sekali lagi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN saat &amp;ini:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New PIN:</source>
        <translation>PIN &amp;baru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN &amp;again:</source>
        <translation>PIN baru &amp;lagi:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the current PIN.</source>
        <translation>Ketik PIN saat ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN needs at least {count} characters.</source>
        <translation>PIN harus terdiri dari paling sedikit {count} karakter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the same new PIN twice.</source>
        <translation>Ketik PIN baru yang sama dua kali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PIN keeps classmates out of the teacher&apos;s view on a shared computer account; it does not protect the data folder.</source>
        <translation>PIN mencegah teman sekelas membuka tampilan guru di akun komputer bersama; PIN tidak melindungi folder data.</translation>
    </message>
</context>
<context>
    <name>PrintedAttempt</name>
    <message>
        <location filename="../ui/printing.py" line="-175"/>
        <source>Profile: {name}</source>
        <translation>Profil: {name}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The attempt is not finished.</source>
        <translation>Percobaan ini belum selesai.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The right answers are not shown for this attempt.</source>
        <translation>Jawaban yang benar tidak ditampilkan untuk percobaan ini.</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <location line="+317"/>
        <source>Printed by QuizApp on {date} at {time}.</source>
        <translation>Dicetak oleh QuizApp pada {date} pukul {time}.</translation>
    </message>
</context>
<context>
    <name>PrintedStatistics</name>
    <message>
        <location line="-298"/>
        <location line="+70"/>
        <source>Statistics: {title} ({id})</source>
        <translation>Statistik: {title} ({id})</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Counted: {which}</source>
        <translation>Yang dihitung: {which}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="_problem_messages.py" line="+2"/>
        <source>{where}: {detail}</source>
        <translation>{where}: {detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing (an empty value)</source>
        <translation>kosong (tanpa nilai)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>sebuah daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping</source>
        <translation>sebuah pemetaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (did you mean &quot;{suggestion}&quot;?)</source>
        <translation> (maksud Anda &quot;{suggestion}&quot;?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (known keys: {keys})</source>
        <translation> (kunci yang dikenal: {keys})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (in quotes: write it without them)</source>
        <translation> (dalam tanda kutip: tulis tanpa tanda kutip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (write it as a plain number: {plain})</source>
        <translation> (tulis sebagai angka biasa: {plain})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (only true and false are read as booleans)</source>
        <translation> (hanya true dan false yang dibaca sebagai boolean)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (for example &quot;{slug}&quot;)</source>
        <translation> (misalnya &quot;{slug}&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (write {seconds} or &quot;{seconds}s&quot;)</source>
        <translation> (tulis {seconds} atau &quot;{seconds}s&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ({context} at line {line}, column {column})</source>
        <translation> ({context} di baris {line}, kolom {column})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; YAML indents with spaces, never tabs</source>
        <translation>; YAML memakai spasi untuk indentasi, tidak pernah tab</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read the file: {reason}</source>
        <translation>berkas tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {size} bytes, more than the limit of 16 MiB (16,777,216 bytes); it was not read</source>
        <translation>ukuran berkas {size} byte, melebihi batas 16 MiB (16.777.216 byte); berkas tidak dibaca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty; a bank needs at least format, id, title and questions</source>
        <translation>berkas kosong; bank soal memerlukan setidaknya format, id, title, dan questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds only comments or blank lines; a bank needs format, id, title and questions</source>
        <translation>berkas hanya berisi komentar atau baris kosong; bank soal memerlukan format, id, title, dan questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds binary data (a NUL byte at byte offset {offset}), not YAML text</source>
        <translation>berkas berisi data biner (byte NUL pada offset byte {offset}), bukan teks YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is not UTF-8: byte 0x{byte} at byte offset {offset} cannot be read; save the file as UTF-8</source>
        <translation>teks bukan UTF-8: byte 0x{byte} pada offset byte {offset} tidak dapat dibaca; simpan berkas sebagai UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>character U+{codepoint} (at byte offset {offset}) is not allowed in YAML text</source>
        <translation>karakter U+{codepoint} (pada offset byte {offset}) tidak diizinkan dalam teks YAML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: {problem}{context}</source>
        <translation>kesalahan sintaks YAML: {problem}{context}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a second YAML document starts here (&quot;---&quot;); a bank file holds exactly one</source>
        <translation>dokumen YAML kedua dimulai di sini (&quot;---&quot;); berkas bank soal hanya boleh berisi tepat satu dokumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anchors and aliases here would expand to more than 1,000,000 nodes; the file is refused</source>
        <translation>anchor dan alias di sini akan berkembang menjadi lebih dari 1.000.000 node; berkas ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an alias here refers to a node that contains it; the file is refused</source>
        <translation>alias di sini merujuk ke node yang memuat alias itu sendiri; berkas ditolak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the YAML nests too deeply (through merge keys or lists) to be read</source>
        <translation>YAML bersarang terlalu dalam (melalui merge key atau daftar) sehingga tidak dapat dibaca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tag &quot;{tag}&quot; is not allowed: only YAML&apos;s standard tags (such as !!str) are</source>
        <translation>tag &quot;{tag}&quot; tidak diizinkan: hanya tag standar YAML (seperti !!str) yang diizinkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file must be a mapping of keys (format, id, title, questions...), found {found}</source>
        <translation>berkas harus berupa pemetaan kunci (format, id, title, questions...), tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: a key must be plain text, found {found}</source>
        <translation>{where}: kunci harus berupa teks biasa, tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: &quot;&lt;&lt;&quot; merges a mapping or a list of mappings, found {found}</source>
        <translation>{where}: &quot;&lt;&lt;&quot; menggabungkan pemetaan atau daftar pemetaan, tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected a mapping of keys, found {found}</source>
        <translation>{where}: seharusnya berupa pemetaan kunci, tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected a list, found {found}</source>
        <translation>{where}: seharusnya berupa daftar, tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected at least {minimum} items, found {count}</source>
        <translation>{where}: seharusnya paling sedikit {minimum} butir, tetapi ditemukan {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected at most {maximum} items, found {count}</source>
        <translation>{where}: seharusnya paling banyak {maximum} butir, tetapi ditemukan {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected text, found {found}</source>
        <translation>{where}: seharusnya berupa teks, tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: must not be empty</source>
        <translation>{where}: tidak boleh kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected true or false, found {found}{hint}</source>
        <translation>{where}: seharusnya true atau false, tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected a number, found {found}{hint}</source>
        <translation>{where}: seharusnya berupa angka, tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected a number greater than 0, found {found}{hint}</source>
        <translation>{where}: seharusnya berupa angka lebih dari 0, tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: expected a number of 0 or more, found {found}{hint}</source>
        <translation>{where}: seharusnya berupa angka 0 atau lebih, tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected a percentage from 0 to 100, found {found}{hint}</source>
        <translation>{where}: seharusnya berupa persentase dari 0 sampai 100, tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+108"/>
        <source>it is larger than 16 MiB</source>
        <translation>ukurannya lebih dari 16 MiB</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>; write a space here, not a tab</source>
        <translation>; tulis spasi di sini, bukan tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; a colon followed by a space inside a value starts a new key: put the text in quotes (&quot;...&quot;)</source>
        <translation>; titik dua yang diikuti spasi di dalam nilai memulai kunci baru: beri tanda kutip pada teksnya (&quot;...&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the quote at line {line}, column {column} is never closed: end the text with the same quote</source>
        <translation>; tanda kutip di baris {line}, kolom {column} tidak pernah ditutup: akhiri teksnya dengan tanda kutip yang sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the text in quotes from line {line}, column {column} ends at the quote before this: inside &apos;...&apos; write a &apos; as two (&apos;&apos;)</source>
        <translation>; teks dalam tanda kutip dari baris {line}, kolom {column} berakhir di tanda kutip sebelum ini: di dalam &apos;...&apos; tulis &apos; sebagai dua (&apos;&apos;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the text in quotes from line {line}, column {column} ends at the quote before this: inside &quot;...&quot; write a quote mark as \&quot;</source>
        <translation>; teks dalam tanda kutip dari baris {line}, kolom {column} berakhir di tanda kutip sebelum ini: di dalam &quot;...&quot; tulis tanda kutip sebagai \&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top level</source>
        <translation>tingkat teratas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question {number}</source>
        <translation>soal {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question {id}</source>
        <translation>soal {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} item {number}</source>
        <translation>{key} butir {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}: {key}</source>
        <translation>{label}: {key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}.{key}</source>
        <translation>{label}.{key}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} or {second}</source>
        <translation>{first} atau {second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first}{second}</source>
        <translation>{first}{second}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}: berkas atau folder tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a file or folder</source>
        <translation>{path}: bukan berkas atau folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read: {reason}</source>
        <translation>{path}: tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a regular file (a FIFO, socket or device); it was not opened</source>
        <translation>bukan berkas biasa (FIFO, soket, atau perangkat); berkas tidak dibuka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the file holds more than 1,000,000 YAML nodes (this one is past the limit); the file is refused</source>
        <translation>berkas berisi lebih dari 1.000.000 node YAML (node ini melewati batas); berkas ditolak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: unknown key {key}{hint}</source>
        <translation>{where}: kunci {key} tidak dikenal{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: missing required key {key}</source>
        <translation>{where}: kunci wajib {key} tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the key {key} appears a second time (first at line {first_line}); each key may appear once</source>
        <translation>{where}: kunci {key} muncul untuk kedua kalinya (pertama kali di baris {first_line}); setiap kunci hanya boleh muncul sekali</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: {found} is more than the limit of 1,000,000 points; write a number greater than 0 and at most 1,000,000</source>
        <translation>{where}: {found} melebihi batas 1.000.000 poin; tulis angka lebih dari 0 dan paling banyak 1.000.000</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: expected a whole number from 1 to 1,000,000,000, found {found}{hint}</source>
        <translation>{where}: seharusnya berupa bilangan bulat dari 1 sampai 1.000.000.000, tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected a duration: whole seconds (600) or &quot;90s&quot;, &quot;10m&quot;, &quot;1h30m&quot;, &quot;1h 30m 15s&quot; (hours, minutes, seconds, in that order; at least one second), found {found}{hint}</source>
        <translation>{where}: seharusnya berupa durasi: detik bulat (600) atau &quot;90s&quot;, &quot;10m&quot;, &quot;1h30m&quot;, &quot;1h 30m 15s&quot; (jam, menit, detik, dengan urutan itu; paling sedikit satu detik), tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected one of {options}, found {found}{hint}</source>
        <translation>{where}: seharusnya salah satu dari {options}, tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected an id of lowercase letters, digits and &quot;-&quot; that starts with a letter or digit (at most 64 characters), found {found}{hint}</source>
        <translation>{where}: seharusnya berupa id dari huruf kecil, angka, dan &quot;-&quot; yang diawali huruf atau angka (paling banyak 64 karakter), tetapi ditemukan {found}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: this app reads {versions}, found {found}</source>
        <translation>{where}: aplikasi ini membaca {versions}, tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected a BCP 47 language tag such as &quot;en&quot;, &quot;id&quot; or &quot;zh-Hans&quot;, found {found}</source>
        <translation>{where}: seharusnya berupa tag bahasa BCP 47 seperti &quot;en&quot;, &quot;id&quot;, atau &quot;zh-Hans&quot;, tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the list is empty; a bank needs at least one question</source>
        <translation>{where}: daftar kosong; bank soal memerlukan setidaknya satu soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the bank id &quot;{bank_id}&quot; is already used by {first_path}; {this_path} must have another id</source>
        <translation>{where}: id bank soal &quot;{bank_id}&quot; sudah dipakai oleh {first_path}; {this_path} harus memakai id lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {draw} is larger than the bank ({count} questions)</source>
        <translation>{where}: {draw} lebih besar daripada bank soal ({count} soal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: &quot;after_last_attempt&quot; shows the right answers once a student has no attempts left, so it needs &quot;max_attempts&quot;</source>
        <translation>{where}: &quot;after_last_attempt&quot; menampilkan jawaban yang benar setelah percobaan siswa habis, jadi memerlukan &quot;max_attempts&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} cannot be checked: the bank was not loaded from a folder</source>
        <translation>{where}: {found} tidak dapat diperiksa: bank soal tidak dimuat dari folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} must be a path relative to the bank&apos;s folder</source>
        <translation>{where}: {found} harus berupa jalur relatif terhadap folder bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} leads outside the folder that holds the bank</source>
        <translation>{where}: {found} mengarah ke luar folder tempat bank soal berada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} does not exist</source>
        <translation>{where}: {found} tidak ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is not a file</source>
        <translation>{where}: {found} bukan berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} cannot be read: {reason}</source>
        <translation>{where}: {found} tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is not UTF-8 text (byte 0x{byte} at byte offset {offset})</source>
        <translation>{where}: {found} bukan teks UTF-8 (byte 0x{byte} pada offset byte {offset})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is not named as a PNG, JPEG, SVG or WebP image</source>
        <translation>{where}: nama {found} bukan nama gambar PNG, JPEG, SVG, atau WebP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is named as {expected} but its content is {actual}</source>
        <translation>{where}: nama {found} menunjukkan {expected}, tetapi isinya {actual}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an image</source>
        <translation>bukan gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} refers to {reference}; an SVG picture may refer only to its own elements (#id) and to data: URIs</source>
        <translation>{where}: {found} merujuk ke {reference}; gambar SVG hanya boleh merujuk ke elemennya sendiri (#id) dan ke URI data:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} declares XML entities, which an SVG picture may not</source>
        <translation>{where}: {found} mendeklarasikan entitas XML, yang tidak boleh ada dalam gambar SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is not a well-formed SVG file: {reason} (line {line})</source>
        <translation>{where}: {found} bukan berkas SVG yang tersusun dengan benar: {reason} (baris {line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: unknown question type {found}; the types are {types}{hint}</source>
        <translation>{where}: jenis soal {found} tidak dikenal; jenis yang ada: {types}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the question id &quot;{id}&quot; is already used at line {first_line}</source>
        <translation>{where}: id soal &quot;{id}&quot; sudah dipakai di baris {first_line}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} repeats item {first} (line {first_line})</source>
        <translation>{where}: {found} mengulang butir {first} (baris {first_line})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is not one of the choices ({choices})</source>
        <translation>{where}: {found} bukan salah satu pilihan ({choices})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a question has &quot;answer&quot; or &quot;answers&quot;, not both</source>
        <translation>{where}: soal memiliki &quot;answer&quot; atau &quot;answers&quot;, tidak boleh keduanya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a {type} question has one right answer, written as &quot;answer&quot;</source>
        <translation>{where}: soal {type} memiliki satu jawaban benar, ditulis sebagai &quot;answer&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a multiple_choice question lists its right answers as &quot;answers&quot;</source>
        <translation>{where}: soal multiple_choice mencantumkan jawaban-jawaban benarnya sebagai &quot;answers&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: expected a pair written [left, right], found {found}</source>
        <translation>{where}: seharusnya berupa pasangan yang ditulis [kiri, kanan], tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is also the right-hand side of a pair</source>
        <translation>{where}: {found} juga merupakan sisi kanan sebuah pasangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the text has no blanks; write each one as {{{{answer}}}} or {{{{answer|alternative}}}}</source>
        <translation>{where}: teks tidak memiliki isian; tulis setiap isian sebagai {{{{jawaban}}}} atau {{{{jawaban|alternatif}}}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: blank {number} is empty</source>
        <translation>{where}: isian {number} kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: blank {number} has an empty alternative</source>
        <translation>{where}: isian {number} memiliki alternatif yang kosong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: blank {number} is not closed with }}}}</source>
        <translation>{where}: isian {number} tidak ditutup dengan }}}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: blank {number} holds {{{{; a literal {{{{ in the text is written \{{{{</source>
        <translation>{where}: isian {number} berisi {{{{; {{{{ sebagai teks biasa ditulis \{{{{</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a source quote is checked against the bank&apos;s &quot;reading&quot;, and this bank has none</source>
        <translation>{where}: kutipan sumber diperiksa terhadap &quot;reading&quot; bank soal, tetapi bank soal ini tidak memilikinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} does not occur in the reading</source>
        <translation>{where}: {found} tidak terdapat dalam bacaan (reading)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} differs from item {first} only in letter case</source>
        <translation>{where}: {found} berbeda dari butir {first} hanya pada huruf besar/kecil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: every choice is a right answer</source>
        <translation>{where}: setiap pilihan adalah jawaban benar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {seconds} seconds is longer than the whole quiz&apos;s time limit ({quiz_seconds} seconds)</source>
        <translation>{where}: {seconds} detik lebih lama daripada batas waktu seluruh kuis ({quiz_seconds} detik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is {size} bytes; the app shows pictures of at most 16 MiB (16,777,216 bytes), so it will not be shown: save it smaller</source>
        <translation>{where}: ukuran {found} {size} byte; aplikasi hanya menampilkan gambar paling besar 16 MiB (16.777.216 byte), jadi gambar ini tidak akan ditampilkan: simpan dalam ukuran lebih kecil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {draw} is the whole bank; every attempt asks every question</source>
        <translation>{where}: {draw} adalah seluruh bank soal; setiap percobaan menanyakan semua soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: no &quot;image_alt&quot;: describe the picture for screen readers and for when it cannot be shown</source>
        <translation>{where}: tidak ada &quot;image_alt&quot;: jelaskan gambar untuk pembaca layar dan untuk saat gambar tidak dapat ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the converted question would not be a valid bank question ({reason}); it was left out</source>
        <translation>{name}: soal hasil konversi tidak akan menjadi soal bank yang sah ({reason}); soal itu tidak diikutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no question of this file could be converted, so there is no bank to write</source>
        <translation>tidak ada soal dari berkas ini yang dapat dikonversi, jadi tidak ada bank soal yang ditulis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the picture {picture} was left out: {reason}</source>
        <translation>{name}: gambar {picture} tidak diikutkan: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>it is not a PNG, JPEG, SVG or WebP picture</source>
        <translation>isinya bukan gambar PNG, JPEG, SVG, atau WebP</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>it is named as {expected} but holds {actual}</source>
        <translation>namanya menunjukkan {expected}, tetapi isinya {actual}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SVG picture may not refer to anything outside itself</source>
        <translation>gambar SVG tidak boleh merujuk ke apa pun di luar dirinya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds no question</source>
        <translation>berkas ini tidak berisi soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option {letter} comes before any question text: a question starts with its text</source>
        <translation>opsi {letter} muncul sebelum teks soal: sebuah soal diawali dengan teksnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an answer line comes before any question: write the question, its options (&quot;A. ...&quot;) and then &quot;ANSWER: A&quot;</source>
        <translation>baris jawaban muncul sebelum soal mana pun: tulis soalnya, opsi-opsinya (&quot;A. ...&quot;) lalu &quot;ANSWER: A&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected another option or the answer line (&quot;ANSWER: A&quot;) of the question at line {start}, found {found}; is its answer line missing?</source>
        <translation>seharusnya berupa opsi lain atau baris jawaban (&quot;ANSWER: A&quot;) dari soal di baris {start}, tetapi ditemukan {found}; apakah baris jawabannya terlewat?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option {letter} appears a second time (first at line {first})</source>
        <translation>opsi {letter} muncul untuk kedua kalinya (pertama di baris {first})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the question at line {start} has {count} option(s); it needs at least two</source>
        <translation>soal di baris {start} memiliki {count} opsi; soal memerlukan setidaknya dua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected the letter of one option after &quot;ANSWER:&quot;, found {found}</source>
        <translation>seharusnya berupa huruf salah satu opsi setelah &quot;ANSWER:&quot;, tetapi ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer {letter} is not one of the options ({letters})</source>
        <translation>jawaban {letter} bukan salah satu opsi ({letters})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the question at line {start} has no answer line (&quot;ANSWER: A&quot;) before the end of the file</source>
        <translation>soal di baris {start} tidak memiliki baris jawaban (&quot;ANSWER: A&quot;) sebelum akhir berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the picture {found} was left out of the Anki package: {reason}</source>
        <translation>{where}: gambar {found} tidak diikutkan dalam paket Anki: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not inside the bank&apos;s folder</source>
        <translation>gambar itu tidak berada di dalam folder bank soal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: GIFT has no ordering questions; it was left out</source>
        <translation>{where}: GIFT tidak mengenal soal urutan; soal ini tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: GIFT holds one blank in a text and this question has {count}; it was left out</source>
        <translation>{where}: GIFT hanya memuat satu isian dalam teks, sedangkan soal ini memiliki {count}; soal ini tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the left side {found} holds &quot;-&gt;&quot;, which GIFT cannot; it was left out</source>
        <translation>{where}: sisi kiri {found} memuat &quot;-&gt;&quot;, yang tidak dapat dimuat GIFT; soal ini tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the picture {found} cannot go into a GIFT file; the question was written without it</source>
        <translation>{where}: gambar {found} tidak dapat dimasukkan ke berkas GIFT; soal ditulis tanpa gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {count} right answers would each need {share}%, which Moodle does not allow; {written}% was written, so Moodle may refuse the question or score it differently</source>
        <translation>{where}: {count} jawaban benar masing-masing memerlukan {share}%, yang tidak diizinkan Moodle; yang ditulis {written}%, sehingga Moodle mungkin menolak soal ini atau menilainya secara berbeda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: Moodle scores multiple answers choice by choice; &quot;all_or_nothing&quot; cannot be kept</source>
        <translation>{where}: Moodle menilai jawaban ganda per pilihan; &quot;all_or_nothing&quot; tidak dapat dipertahankan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: GIFT cannot say that letter case counts; Moodle will ignore letter case</source>
        <translation>{where}: GIFT tidak dapat menyatakan bahwa huruf besar/kecil diperhitungkan; Moodle akan mengabaikannya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: GIFT has no instruction above a text with a blank; the prompt was written in front of the text</source>
        <translation>{where}: GIFT tidak memiliki petunjuk di atas teks berisian; petunjuk ditulis di depan teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: GIFT cannot hold {keys}; left out</source>
        <translation>{where}: GIFT tidak dapat memuat {keys}; tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT cannot hold the bank&apos;s {keys}; left out</source>
        <translation>GIFT tidak dapat memuat {keys} milik bank soal; tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the answer {found} starts like a weight (%50%) or holds &quot;-&gt;&quot;, which Moodle would read as a weight or a matching pair; it was left out</source>
        <translation>{where}: jawaban {found} diawali seperti bobot (%50%) atau memuat &quot;-&gt;&quot;, yang akan dibaca Moodle sebagai bobot atau pasangan menjodohkan; jawaban ini tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: GIFT gives a question one category, written from its first tag; {found} left out</source>
        <translation>{where}: GIFT memberi satu kategori per soal, diambil dari tag pertamanya; {found} tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GIFT keeps a question&apos;s tag as its category, and only when every question has one; some questions have no tag, so the tags were left out</source>
        <translation>GIFT menyimpan tag soal sebagai kategorinya, dan hanya bila setiap soal memiliki tag; sebagian soal tidak bertag, jadi tag tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the title opened with &quot;::&quot; is never closed with &quot;::&quot;</source>
        <translation>{where}: judul yang dibuka dengan &quot;::&quot; tidak pernah ditutup dengan &quot;::&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the answers opened with &quot;{{&quot; are never closed with &quot;}}&quot; (a blank line ends a question; a literal brace is written \{{)</source>
        <translation>{where}: jawaban yang dibuka dengan &quot;{{&quot; tidak pernah ditutup dengan &quot;}}&quot; (baris kosong mengakhiri soal; kurung kurawal sebagai teks ditulis \{{)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: this &quot;}}&quot; closes answers that were never opened with &quot;{{&quot; (a literal brace is written \}})</source>
        <translation>{where}: &quot;}}&quot; ini menutup jawaban yang tidak pernah dibuka dengan &quot;{{&quot; (kurung kurawal sebagai teks ditulis \}})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: &quot;{{&quot; inside the answers (a literal brace is written \{{)</source>
        <translation>{where}: ada &quot;{{&quot; di dalam jawaban (kurung kurawal sebagai teks ditulis \{{)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a second set of answers; a question has one {{...}} (a literal brace is written \{{)</source>
        <translation>{where}: ada kelompok jawaban kedua; satu soal hanya memiliki satu {{...}} (kurung kurawal sebagai teks ditulis \{{)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} comes before the first answer; start each answer with &quot;=&quot; or &quot;~&quot;</source>
        <translation>{where}: {found} muncul sebelum jawaban pertama; awali setiap jawaban dengan &quot;=&quot; atau &quot;~&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a choice question needs at least two answers, found {count}</source>
        <translation>{where}: soal pilihan memerlukan setidaknya dua jawaban, ditemukan {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: no answer is right; mark one with &quot;=&quot; or give it a positive weight (~%50%)</source>
        <translation>{where}: tidak ada jawaban yang benar; tandai satu dengan &quot;=&quot; atau beri bobot positif (~%50%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is not a weight; write a percentage from -100 to 100 between % signs, such as %50%</source>
        <translation>{where}: {found} bukan bobot; tulis persentase dari -100 sampai 100 di antara tanda %, misalnya %50%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: a matching pair is written &quot;=left -&gt; right&quot;, found {found}</source>
        <translation>{where}: pasangan menjodohkan ditulis &quot;=left -&gt; right&quot; (kiri -&gt; kanan), ditemukan {found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} is not a number; write 1.5, 1.5:0.1 (with a margin) or 1..2 (a range)</source>
        <translation>{where}: {found} bukan angka; tulis 1.5, 1.5:0.1 (dengan toleransi) atau 1..2 (rentang)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the range {found} ends below where it starts</source>
        <translation>{where}: rentang {found} berakhir di bawah titik awalnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the question has no text</source>
        <translation>{where}: soal tidak memiliki teks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: an essay question has no answer the app can check; it was left out</source>
        <translation>{where}: soal esai tidak memiliki jawaban yang dapat diperiksa aplikasi; soal ini tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: text without answers (a description) is not a question; it was left out</source>
        <translation>{where}: teks tanpa jawaban (deskripsi) bukan soal; tidak disertakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: partial credit for {answers} cannot be kept; only fully right answers count</source>
        <translation>{where}: nilai sebagian untuk {answers} tidak dapat dipertahankan; hanya jawaban yang sepenuhnya benar yang dihitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: negative weights ({answers}) cannot be kept; a wrong answer earns nothing</source>
        <translation>{where}: bobot negatif ({answers}) tidak dapat dipertahankan; jawaban salah bernilai nol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {answers} are all fully right, but this question has one right answer: {first} was kept</source>
        <translation>{where}: {answers} semuanya benar penuh, tetapi soal ini hanya memiliki satu jawaban benar: {first} yang dipakai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: the weights cannot be kept; the app scores the question partially: each right choice earns an equal share, each wrong choice taken takes one share away</source>
        <translation>{where}: bobot tidak dapat dipertahankan; aplikasi menilai soal ini sebagian: setiap pilihan benar mendapat bagian yang sama, setiap pilihan salah yang diambil mengurangi satu bagian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: feedback for particular answers was added to the explanation, which every student sees</source>
        <translation>{where}: umpan balik untuk jawaban tertentu ditambahkan ke penjelasan, yang dilihat setiap siswa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: pictures cannot come through GIFT ({count} left out)</source>
        <translation>{where}: gambar tidak dapat dibawa melalui GIFT ({count} tidak disertakan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {found} holds &quot;*&quot;, which Moodle reads as standing for any text and this app as an asterisk</source>
        <translation>{where}: {found} memuat &quot;*&quot;, yang dibaca Moodle sebagai pengganti teks apa saja dan oleh aplikasi ini sebagai tanda bintang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: an answer holds &quot;|&quot; or braces, which a blank in a text cannot; the question became a short answer</source>
        <translation>{where}: sebuah jawaban memuat &quot;|&quot; atau kurung kurawal, yang tidak dapat dimuat isian dalam teks; soal dijadikan jawaban singkat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds no questions: a GIFT question is text followed by its answers in {{...}}</source>
        <translation>berkas tidak berisi soal: soal GIFT adalah teks yang diikuti jawabannya dalam {{...}}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not well-formed XML: {reason}</source>
        <translation>berkas ini bukan XML yang tersusun dengan benar: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file declares {what}; entities and references to other files are not read, so the file is refused</source>
        <translation>berkas ini mendeklarasikan {what}; entitas dan rujukan ke berkas lain tidak dibaca, jadi berkas ini ditolak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an entity</source>
        <translation>sebuah entitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reference to another file</source>
        <translation>rujukan ke berkas lain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is not UTF-8: byte 0x{byte} at byte offset {offset} cannot be read; save the file as UTF-8, or name its encoding in its first line (&lt;?xml version=&quot;1.0&quot; encoding=&quot;windows-1252&quot;?&gt;)</source>
        <translation>teks ini bukan UTF-8: byte 0x{byte} pada offset byte {offset} tidak dapat dibaca; simpan berkas sebagai UTF-8, atau sebutkan pengodeannya di baris pertama (&lt;?xml version=&quot;1.0&quot; encoding=&quot;windows-1252&quot;?&gt;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a Moodle XML quiz: a &lt;quiz&gt; element holding &lt;question&gt; elements, found &lt;{tag}&gt;</source>
        <translation>seharusnya berupa kuis Moodle XML: elemen &lt;quiz&gt; yang berisi elemen &lt;question&gt;, tetapi ditemukan &lt;{tag}&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a bank has no {type} question (students&apos; own text or no answer at all); it was skipped</source>
        <translation>{name}: bank soal tidak memiliki soal {type} (teks karangan siswa atau tanpa jawaban sama sekali); soal itu dilewati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the question type {type} cannot be converted; it was skipped</source>
        <translation>{name}: jenis soal {type} tidak dapat dikonversi; soal itu dilewati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: no answer is right; the question was skipped</source>
        <translation>{name}: tidak ada jawaban yang benar; soal itu dilewati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: answers worth part of the marks ({answers}) count as wrong: a bank&apos;s answer is either right or wrong</source>
        <translation>{name}: jawaban yang bernilai sebagian ({answers}) dihitung salah: jawaban dalam bank soal hanya benar atau salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {answers} are all fully right, but a single-answer question of a bank has one right answer: only the first stays right</source>
        <translation>{name}: {answers} semuanya benar penuh, tetapi soal satu jawaban dalam bank soal hanya memiliki satu jawaban benar: hanya yang pertama tetap benar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the right answers carry different weights, which a bank cannot hold: each counts the same</source>
        <translation>{name}: jawaban-jawaban benar memiliki bobot berbeda, yang tidak dapat disimpan bank soal: masing-masing dihitung sama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a bank does not check units ({units}): the answer is a plain number{shown}</source>
        <translation>{name}: bank soal tidak memeriksa satuan ({units}): jawabannya berupa angka biasa{shown}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, with &quot;{unit}&quot; shown beside it</source>
        <translation>, dengan &quot;{unit}&quot; ditampilkan di sampingnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: more than one number is right ({answers}); only the first is kept</source>
        <translation>{name}: lebih dari satu angka benar ({answers}); hanya yang pertama disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {found} is not a number; the question was skipped</source>
        <translation>{name}: {found} bukan angka; soal itu dilewati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the answer &quot;*&quot; accepts anything, which a bank cannot say; it was left out</source>
        <translation>{name}: jawaban &quot;*&quot; menerima apa saja, yang tidak dapat dinyatakan bank soal; jawaban itu tidak diikutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {answer} uses Moodle&apos;s &quot;*&quot; wildcard, which a bank reads as a plain &quot;*&quot;</source>
        <translation>{name}: {answer} memakai karakter pengganti &quot;*&quot; milik Moodle, yang dibaca bank soal sebagai &quot;*&quot; biasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: Moodle keeps this question&apos;s answers in order, but the bank shuffles the choices of all its questions</source>
        <translation>{name}: Moodle menjaga urutan jawaban soal ini, tetapi bank soal mengacak pilihan semua soalnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: embedded answer {number} ({kind}) cannot be a blank of a bank&apos;s cloze question, which holds only short answers; the question was skipped</source>
        <translation>{name}: jawaban sisipan {number} ({kind}) tidak dapat menjadi isian soal cloze bank soal, yang hanya berisi jawaban singkat; soal itu dilewati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: some blanks are case sensitive and others are not; in a bank all blanks of a question follow one rule, and here letter case does not count</source>
        <translation>{name}: sebagian isian membedakan huruf besar/kecil dan sebagian tidak; dalam bank soal semua isian satu soal mengikuti satu aturan, dan di sini huruf besar/kecil tidak dibedakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a bank question shows one picture; {pictures} were left out</source>
        <translation>{name}: soal bank soal menampilkan satu gambar; {pictures} tidak diikutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: a bank shows pictures only with the question text; the pictures in its answers or feedback were left out</source>
        <translation>{name}: bank soal hanya menampilkan gambar bersama teks soal; gambar pada jawaban atau umpan baliknya tidak diikutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the picture {picture} is not carried in the file; it was left out</source>
        <translation>{name}: gambar {picture} tidak terbawa di dalam berkas; gambar itu tidak diikutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the picture {picture} is not valid base64; it was left out</source>
        <translation>{name}: gambar {picture} bukan base64 yang sah; gambar itu tidak diikutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: the mark {found} is not a number greater than 0; the question is worth 1 point</source>
        <translation>{name}: nilai {found} bukan angka yang lebih besar dari 0; soal ini bernilai 1 poin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is not UTF-8: byte 0x{byte} at byte offset {offset} cannot be read; save the file as UTF-8, or name its encoding (a file from Windows: --encoding cp1252)</source>
        <translation>teks bukan UTF-8: byte 0x{byte} pada offset byte {offset} tidak dapat dibaca; simpan berkas sebagai UTF-8, atau sebutkan pengodeannya (berkas dari Windows: --encoding cp1252)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text cannot be read as &quot;{encoding}&quot;: {reason}</source>
        <translation>teks tidak dapat dibaca sebagai &quot;{encoding}&quot;: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;{encoding}&quot; is not an encoding this app knows</source>
        <translation>&quot;{encoding}&quot; bukan pengodean yang dikenal aplikasi ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the converted bank is not valid: {message}</source>
        <translation>bank soal hasil konversi tidak valid: {message}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file holds binary data (a NUL byte at byte offset {offset}), not text</source>
        <translation>berkas berisi data biner (byte NUL pada offset byte {offset}), bukan teks</translation>
    </message>
    <message>
        <location filename="../ui/pages/library_page.py" line="-404"/>
        <source>error</source>
        <translation>kesalahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../ui/problems_panel.py" line="+78"/>
        <source>Files with errors are not loaded (warnings are only advice); a bank whose file has errors keeps its last valid version. Press Enter on a problem to open its file. Saved changes are read at once.</source>
        <translation>Berkas yang mengandung kesalahan tidak dimuat (peringatan hanya berupa saran); bank soal yang berkasnya mengandung kesalahan tetap memakai versi sah terakhirnya. Tekan Enter pada sebuah masalah untuk membuka berkasnya. Perubahan yang disimpan langsung dibaca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No problems</source>
        <translation>Tidak ada masalah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found in bank files</source>
        <translation>Masalah yang ditemukan dalam berkas bank soal</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{path}
Press Enter to open this file.</source>
        <translation>{path}
Tekan Enter untuk membuka berkas ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problems in bank files ({count})</source>
        <translation>Masalah dalam berkas bank soal ({count})</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../ui/pages/profile_page.py" line="+134"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Welcome to QuizApp</source>
        <translation>Selamat datang di QuizApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is taking the quiz? Choose your name or type a new one.</source>
        <translation>Siapa yang akan mengerjakan kuis? Pilih nama Anda atau ketik nama baru.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password is needed. Your scores are kept under this name.</source>
        <translation>Tidak perlu kata sandi. Nilai Anda disimpan atas nama ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile name</source>
        <translation>Nama profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your profile from the list or type a new name</source>
        <translation>Pilih profil Anda dari daftar atau ketik nama baru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with this profile</source>
        <translation>Lanjutkan dengan profil ini</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Opening your data…</source>
        <translation>Membuka data Anda…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Continue to go on.</source>
        <translation>Tekan Lanjutkan untuk meneruskan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose your name from the list, or type a new one.</source>
        <translation>Pilih nama Anda dari daftar, atau ketik nama baru.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your name to begin.</source>
        <translation>Ketik nama Anda untuk memulai.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Opening your profile…</source>
        <translation>Membuka profil Anda…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../ui/qt_strings.py" line="+87"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-50"/>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Lihat di:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Directory</source>
        <translation>Cari folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Folder induk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>Tampilan daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Tampilan rinci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan penanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;Folder baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Pastikan nama folder yang diberikan benar.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Tanggal diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-58"/>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-9"/>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-7"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Salin Alamat &amp;Tautan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QuestionNavigator</name>
    <message>
        <location filename="../ui/question_navigator.py" line="+72"/>
        <source>Questions</source>
        <translation>Daftar soal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrow keys choose a question, Enter goes to it.</source>
        <translation>Tombol panah memilih soal, Enter membukanya.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>answered</source>
        <translation>sudah dijawab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not answered</source>
        <translation>belum dijawab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flagged</source>
        <translation>ditandai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on screen</source>
        <translation>sedang ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {number}: {state}</source>
        <translation>Soal {number}: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <location filename="../ui/editor/preview.py" line="+102"/>
        <source>Preview: as a student sees it</source>
        <translation>Pratinjau: seperti yang dilihat siswa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview shows the question once it has no errors (see Problems below).</source>
        <translation>Pratinjau menampilkan soal setelah soal itu tidak punya kesalahan (lihat Masalah di bawah).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the question</source>
        <translation>Pratinjau soal</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../ui/pages/quiz_page.py" line="+183"/>
        <source>Time left for the quiz</source>
        <translation>Sisa waktu kuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left for this question</source>
        <translation>Sisa waktu soal ini</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+185"/>
        <source>Picture for the question</source>
        <translation>Gambar untuk soal</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>{answered} answered · {flagged} flagged · {current} on screen · {shortcut}: go to a question</source>
        <translation>{answered} sudah dijawab · {flagged} ditandai · {current} sedang ditampilkan · {shortcut}: pergi ke soal</translation>
    </message>
    <message>
        <source>Feedback on your answer</source>
        <translation type="vanished">Umpan balik atas jawaban Anda</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="vanished">Penjelasan</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Show in the reading</source>
        <translation>Tunjukkan di bacaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip</source>
        <translation>Lewati</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+392"/>
        <source>Flag for review</source>
        <translation>Tandai</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>Reading</source>
        <translation>Bacaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the reading</source>
        <translation>Buka bacaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit answer</source>
        <translation>Kirim jawaban</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+425"/>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <location line="-375"/>
        <source>{number} / {total}</source>
        <translation>{number} / {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question {number} of {total}</source>
        <translation>Soal {number} dari {total}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Question {number} of {total} — {title}</source>
        <translation>Soal {number} dari {total} — {title}</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="vanished">Benar.</translation>
    </message>
    <message>
        <source>Wrong.</source>
        <translation type="vanished">Salah.</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+424"/>
        <source>Finish quiz</source>
        <translation>Selesaikan kuis</translation>
    </message>
    <message>
        <source>Partly right: you scored {points} of {possible}.</source>
        <translation type="vanished">Sebagian benar: Anda mendapat {points} dari {possible}.</translation>
    </message>
    <message>
        <source>Right answer: {answer}</source>
        <translation type="vanished">Jawaban benar: {answer}</translation>
    </message>
    <message>
        <source>Source: “{quote}”</source>
        <translation type="vanished">Sumber: “{quote}”</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Your answer is saved.</source>
        <translation>Jawaban Anda tersimpan.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Remove flag</source>
        <translation>Hapus tanda</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Not answered: press Skip to leave it blank.</source>
        <translation>Belum dijawab: tekan Lewati untuk membiarkannya kosong.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{unfilled} Press Enter again to submit it as it is.</source>
        <translation>{unfilled} Tekan Enter sekali lagi untuk mengirimnya apa adanya.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your answer could not be saved yet: {reason} It stays on screen; press {button} to try again.</source>
        <translation>Jawaban Anda belum bisa disimpan: {reason} Jawaban tetap di layar; tekan {button} untuk mencoba lagi.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+1"/>
        <source>Finish the quiz</source>
        <translation>Selesaikan kuis</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n question(s) not answered yet: {numbers}.</source>
        <translation>
            <numerusform>%n soal belum dijawab: {numbers}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n question(s) flagged for review: {numbers}.</source>
        <translation>
            <numerusform>%n soal ditandai untuk ditinjau: {numbers}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Finish the quiz anyway? Unanswered questions score nothing.</source>
        <translation>Tetap selesaikan kuis? Soal yang belum dijawab tidak mendapat nilai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish the quiz anyway? Flagged questions count as they are answered.</source>
        <translation>Tetap selesaikan kuis? Soal yang ditandai dinilai sesuai jawabannya sekarang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That was the last question.</source>
        <translation>Anda sudah sampai di soal terakhir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the quiz now?</source>
        <translation>Selesaikan kuis sekarang?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep going</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to question {number}</source>
        <translation>Pergi ke soal {number}</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Time ran out for question {number}; your answer as it stood was saved.</source>
        <translation>Waktu untuk soal {number} habis; jawaban Anda saat itu sudah disimpan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiz: {time} left</source>
        <translation>Waktu kuis: {time} lagi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This question: {time} left</source>
        <translation>Waktu soal ini: {time} lagi</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../ui/reading_view.py" line="+249"/>
        <source>Reading — {title}</source>
        <translation>Bacaan — {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank&apos;s reading</source>
        <translation>Bacaan bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the reading</source>
        <translation>Tutup bacaan</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location line="-110"/>
        <source>Reading: {title}</source>
        <translation>Bacaan: {title}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The passage could not be found in the reading.</source>
        <translation>Kutipan itu tidak ditemukan dalam bacaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passage the question comes from is highlighted.</source>
        <translation>Bagian bacaan yang menjadi sumber soal ini disorot.</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Review of your answers</source>
        <translation type="vanished">Tinjauan jawaban Anda</translation>
    </message>
    <message>
        <location filename="../ui/pages/results_page.py" line="+114"/>
        <location line="+1"/>
        <source>Back to the library</source>
        <translation>Kembali ke pustaka</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Back to your history</source>
        <translation>Kembali ke riwayat Anda</translation>
    </message>
    <message>
        <location line="+72"/>
        <location filename="../ui/printing.py" line="-78"/>
        <location line="+130"/>
        <source>Results: {title}</source>
        <translation>Hasil: {title}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/printing.py" line="-114"/>
        <source>{points} / {possible} points · {percent}%</source>
        <translation>{points} / {possible} poin · {percent}%</translation>
    </message>
    <message>
        <source>The right answers are not shown for this quiz, only your score.</source>
        <translation type="vanished">Jawaban yang benar tidak ditampilkan untuk kuis ini, hanya nilai Anda.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this attempt as a PDF file</source>
        <translation>Simpan percobaan ini sebagai berkas PDF</translation>
    </message>
    <message>
        <location line="+83"/>
        <location filename="../ui/printing.py" line="-6"/>
        <source>Attempt started {date} at {time}</source>
        <translation>Percobaan dimulai {date} pukul {time}</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>The right answers are shown after your last attempt: you have %n attempt(s) left.</source>
        <translation>
            <numerusform>Jawaban yang benar ditampilkan setelah percobaan terakhir Anda: sisa percobaan Anda %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The right answers are not shown for this quiz, only your answers and points.</source>
        <translation>Jawaban yang benar tidak ditampilkan untuk kuis ini, hanya jawaban dan poin Anda.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../ui/printing.py" line="+20"/>
        <source>Passed: the pass mark is {mark}%.</source>
        <translation>Lulus: batas lulus {mark}%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/printing.py" line="+6"/>
        <source>Not passed: the pass mark is {mark}%.</source>
        <translation>Tidak lulus: batas lulus {mark}%.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../ui/printing.py" line="+7"/>
        <source>Time used: {time}</source>
        <translation>Waktu terpakai: {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/printing.py" line="+217"/>
        <source>The time ran out.</source>
        <translation>Waktu habis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="+1"/>
        <source>The time for the last question ran out.</source>
        <translation>Waktu untuk soal terakhir habis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/printing.py" line="+3"/>
        <source>The quiz ended where it stood when the app stopped.</source>
        <translation>Kuis diakhiri dalam keadaan saat aplikasi berhenti.</translation>
    </message>
    <message>
        <source>#</source>
        <translation type="vanished">No.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="vanished">Soal</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="vanished">Jawaban Anda</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation type="vanished">Jawaban benar</translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="vanished">Poin</translation>
    </message>
    <message>
        <source>{points} / {possible}</source>
        <translation type="vanished">{points} / {possible}</translation>
    </message>
    <message>
        <source>Explanation: {text}</source>
        <translation type="vanished">Penjelasan: {text}</translation>
    </message>
    <message>
        <source>Source: “{quote}”</source>
        <translation type="vanished">Sumber: “{quote}”</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <location filename="../ui/resume_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Unfinished quiz</source>
        <translation>Kuis belum selesai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have a quiz that was not finished: “{title}”, started {when}. You answered {answered} of {total} questions.</source>
        <translation>Ada kuis Anda yang belum selesai: “{title}”, dimulai {when}. Anda sudah menjawab {answered} dari {total} soal.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume the quiz</source>
        <translation>Lanjutkan kuis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish as it stands</source>
        <translation>Selesaikan apa adanya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish the quiz with the answers given so far</source>
        <translation>Selesaikan kuis dengan jawaban yang sudah diberikan</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This quiz has no time limit.</source>
        <translation>Kuis ini tidak memiliki batas waktu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its time ran out while QuizApp was closed: resuming ends it now as time up. Your answers are kept.</source>
        <translation>Waktunya habis ketika QuizApp ditutup: jika dilanjutkan, kuis langsung berakhir karena waktu habis. Jawaban Anda tetap tersimpan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time left: {time}. The clock kept running while QuizApp was closed.</source>
        <translation>Sisa waktu: {time}. Waktu terus berjalan selama QuizApp ditutup.</translation>
    </message>
</context>
<context>
    <name>RetentionBox</name>
    <message>
        <location filename="../ui/study_glance.py" line="+215"/>
        <source>Study</source>
        <translation>Belajar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <comment>percent sign after the desired retention</comment>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired retention, in percent</source>
        <translation>Retensi yang diinginkan, dalam persen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desired retention:</source>
        <translation>&amp;Retensi yang diinginkan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a profile first: each profile has its own.</source>
        <translation>Pilih profil terlebih dahulu: setiap profil punya pengaturannya sendiri.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How sure you want to be of remembering a question when it comes back. Higher brings questions back sooner and more often; 90% suits most students.</source>
        <translation>Seberapa yakin Anda ingin masih mengingat sebuah soal saat soal itu muncul lagi. Makin tinggi, makin cepat dan makin sering soal diulang; 90% cocok untuk kebanyakan siswa.</translation>
    </message>
</context>
<context>
    <name>ReviewDetail</name>
    <message>
        <location filename="../ui/attempt_review.py" line="-249"/>
        <location filename="../ui/printing.py" line="-73"/>
        <source>Question {number} of {total}</source>
        <translation>Soal {number} dari {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/printing.py" line="+8"/>
        <source>Choices: {choices}</source>
        <translation>Pilihan: {choices}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/printing.py" line="+8"/>
        <source>Your answer: {answer}</source>
        <translation>Jawaban Anda: {answer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/printing.py" line="+3"/>
        <source>Points: {points} / {possible}</source>
        <translation>Poin: {points} / {possible}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/printing.py" line="+7"/>
        <source>Time taken: {time}</source>
        <translation>Waktu pengerjaan: {time}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/printing.py" line="+6"/>
        <source>Right answer: {answer}</source>
        <translation>Jawaban benar: {answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="+5"/>
        <source>Explanation: {text}</source>
        <translation>Penjelasan: {text}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="+4"/>
        <source>Source: “{quote}”</source>
        <translation>Sumber: “{quote}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details of question {number}</source>
        <translation>Rincian soal {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Picture of question {number}</source>
        <translation>Gambar soal {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/printing.py" line="+18"/>
        <source>The picture cannot be shown: {description}</source>
        <translation>Gambar tidak dapat ditampilkan: {description}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/printing.py" line="+5"/>
        <source>The picture cannot be shown.</source>
        <translation>Gambar tidak dapat ditampilkan.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="+56"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of QuizApp</source>
        <translation>Bahasa QuizApp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+43"/>
        <source>Library folders</source>
        <translation>Folder pustaka</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Add folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected folder</source>
        <translation>Hapus folder yang dipilih dari daftar</translation>
    </message>
    <message>
        <source>Not in a class</source>
        <translation type="vanished">Tidak dalam kelas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Class…</source>
        <translation>&amp;Kelas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Class settings</source>
        <translation>Pengaturan kelas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QuizApp reads every bank file in these folders and their subfolders. The first folders are always included.</source>
        <translation>QuizApp membaca setiap berkas bank soal di folder-folder ini beserta subfoldernya. Folder-folder pertama selalu disertakan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teacher PIN</source>
        <translation>PIN guru</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Set &amp;PIN…</source>
        <translation>Pasang &amp;PIN…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a teacher PIN</source>
        <translation>Pasang PIN guru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hange PIN…</source>
        <translation>&amp;Ganti PIN…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the teacher PIN</source>
        <translation>Ganti PIN guru</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve PIN…</source>
        <translation>Hap&amp;us PIN…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the teacher PIN</source>
        <translation>Hapus PIN guru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looking for a teacher PIN…</source>
        <translation>Memeriksa PIN guru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A teacher PIN is set: the statistics page and exports ask for it.</source>
        <translation>PIN guru terpasang: halaman statistik dan ekspor memintanya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No teacher PIN is set. A PIN keeps classmates out of the teacher&apos;s view on a shared computer account.</source>
        <translation>Belum ada PIN guru. PIN mencegah teman sekelas membuka tampilan guru di akun komputer bersama.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{folder} (always included)</source>
        <translation>{folder} (selalu disertakan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is always part of the library.</source>
        <translation>Folder ini selalu menjadi bagian dari pustaka.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add a folder of bank files</source>
        <translation>Tambahkan folder berisi berkas bank soal</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="+311"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time limit of the quiz:</source>
        <translation>Batas waktu kuis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit per question:</source>
        <translation>Batas waktu per soal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle the questions:</source>
        <translation>Acak urutan soal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shuffle the choices:</source>
        <translation>Acak urutan pilihan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions asked per attempt:</source>
        <translation>Soal yang ditanyakan per percobaan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark (%):</source>
        <translation>Nilai lulus (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback during the quiz:</source>
        <translation>Umpan balik selama kuis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review after an attempt:</source>
        <translation>Tinjauan setelah percobaan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading open during the quiz:</source>
        <translation>Bacaan dapat dibuka selama kuis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts per student:</source>
        <translation>Percobaan per siswa:</translation>
    </message>
</context>
<context>
    <name>ShortAnswerForm</name>
    <message>
        <location line="-373"/>
        <source>Accepted answers (one per line):</source>
        <translation>Jawaban yang diterima (satu per baris):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter case matters:</source>
        <translation>Huruf besar/kecil berpengaruh:</translation>
    </message>
</context>
<context>
    <name>ShortAnswerWidget</name>
    <message>
        <location filename="../ui/questions/short_answer.py" line="+20"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type your answer</source>
        <translation>Ketik jawaban Anda</translation>
    </message>
</context>
<context>
    <name>SingleChoiceForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="-108"/>
        <source>Choices (one per line):</source>
        <translation>Pilihan (satu per baris):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right answer (the text of one choice):</source>
        <translation>Jawaban benar (teks salah satu pilihan):</translation>
    </message>
</context>
<context>
    <name>SingleChoiceWidget</name>
    <message>
        <location filename="../ui/questions/single_choice.py" line="+28"/>
        <source>Press a letter (A–{last_letter}) or a number (1–{last_number}) to pick your answer.</source>
        <translation>Tekan huruf (A–{last_letter}) atau angka (1–{last_number}) untuk memilih jawaban Anda.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../ui/pages/start_page.py" line="+196"/>
        <source>Questions:</source>
        <translation>Soal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Batas waktu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per question:</source>
        <translation>Waktu per soal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback:</source>
        <translation>Umpan balik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the quiz:</source>
        <translation>Setelah kuis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark:</source>
        <translation>Batas lulus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts:</source>
        <translation>Percobaan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best score:</source>
        <translation>Nilai terbaik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last score:</source>
        <translation>Nilai terakhir:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Back to the library</source>
        <translation>Kembali ke pustaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text first</source>
        <translation>Baca teksnya dulu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the bank&apos;s reading</source>
        <translation>Buka bacaan bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress charts</source>
        <translation>Grafik kemajuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your progress charts for this bank</source>
        <translation>Grafik kemajuan Anda untuk bank soal ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begin the quiz</source>
        <translation>Mulai kuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the unfinished quiz</source>
        <translation>Lanjutkan kuis yang belum selesai</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{asked}, drawn at random from {total}</source>
        <translation>{asked}, diambil secara acak dari {total}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no time limit</source>
        <translation>tanpa batas waktu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no limit per question</source>
        <translation>tanpa batas per soal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{mark}%</source>
        <translation>{mark}%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No attempts left: you have used all {allowed} attempts at this bank.</source>
        <translation>Tidak ada percobaan tersisa: Anda sudah memakai semua {allowed} percobaan untuk bank soal ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The timer starts when you press Begin.</source>
        <translation>Waktu mulai berjalan saat Anda menekan Mulai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is recorded until you press Begin.</source>
        <translation>Belum ada yang dicatat sampai Anda menekan Mulai.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{used} used, no limit</source>
        <translation>{used} terpakai, tanpa batas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{used} of {allowed} used, {left} left</source>
        <translation>{used} dari {allowed} terpakai, sisa {left}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{score} (passed)</source>
        <translation>{score} (lulus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{score} (not passed)</source>
        <translation>{score} (belum lulus)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You have an unfinished attempt: {answered} of {total} questions answered.</source>
        <translation>Anda punya percobaan yang belum selesai: {answered} dari {total} soal sudah dijawab.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its time has run out: resuming ends it now.</source>
        <translation>Waktunya sudah habis: melanjutkannya akan mengakhirinya sekarang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left: {time}.</source>
        <translation>Sisa waktu: {time}.</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <location filename="../ui/pages/statistics_page.py" line="+216"/>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank soal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count:</source>
        <translation>&amp;Hitung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank to show the statistics of</source>
        <translation>Bank soal yang statistiknya ditampilkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="-180"/>
        <source>Each student&apos;s first attempt</source>
        <translation>Percobaan pertama setiap siswa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/printing.py" line="-2"/>
        <source>All attempts</source>
        <translation>Semua percobaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which finished attempts count</source>
        <translation>Percobaan selesai mana yang dihitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics of the bank</source>
        <translation>Statistik bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics per question</source>
        <translation>Statistik per soal</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/printing.py" line="+20"/>
        <source>Every profile on this computer counts. ⚠ marks a question that may need a look; the column “Needs a look” says why.</source>
        <translation>Semua profil di komputer ini dihitung. ⚠ menandai soal yang mungkin perlu diperiksa; kolom “Perlu diperiksa” menyebutkan alasannya.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Export &amp;attempts…</source>
        <translation>Ekspor &amp;percobaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every attempt as a CSV file</source>
        <translation>Ekspor semua percobaan sebagai berkas CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export a&amp;nswers…</source>
        <translation>Ekspor &amp;jawaban…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export every answer as a CSV file</source>
        <translation>Ekspor semua jawaban sebagai berkas CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save these statistics as a PDF file</source>
        <translation>Simpan statistik ini sebagai berkas PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to the library</source>
        <translation>&amp;Kembali ke pustaka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the library</source>
        <translation>Kembali ke pustaka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Class {name}: every student&apos;s attempts on the server count. ⚠ marks a question that may need a look; the column “Needs a look” says why.</source>
        <translation>Kelas {name}: semua percobaan setiap siswa di server dihitung. ⚠ menandai soal yang mungkin perlu diperiksa; kolom “Perlu diperiksa” menyebutkan alasannya.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{title} ({id})</source>
        <translation>{title} ({id})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The class&apos;s server cannot be read now, so no statistics are shown (nothing from this computer instead).
{reason}</source>
        <translation>Server kelas tidak dapat dibaca sekarang, jadi tidak ada statistik yang ditampilkan (data dari komputer ini pun tidak ditampilkan sebagai gantinya).
{reason}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No banks in the library yet.</source>
        <translation>Belum ada bank soal di pustaka.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing the statistics…</source>
        <translation>Menghitung statistik…</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>No finished attempts at this bank yet.</source>
        <translation>Belum ada percobaan yang selesai untuk bank soal ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attempts counted: {count}</source>
        <translation>Percobaan yang dihitung: {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mean: {mean}   Median: {median}   Standard deviation: {sd}</source>
        <translation>Rata-rata: {mean}   Median: {median}   Simpangan baku: {sd}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skewness: {skewness}   Kurtosis: {kurtosis}</source>
        <translation>Kemencengan: {skewness}   Kurtosis: {kurtosis}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cronbach&apos;s alpha: {alpha}   Error ratio: {ratio}   Standard error: {error}</source>
        <translation>Alfa Cronbach: {alpha}   Rasio galat: {ratio}   Galat baku: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠ Questions that may need a look: {count}</source>
        <translation>⚠ Soal yang mungkin perlu diperiksa: {count}</translation>
    </message>
</context>
<context>
    <name>StatisticsTableModel</name>
    <message>
        <location filename="../ui/models/statistics_model.py" line="+56"/>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nearly everyone got it wrong (facility {facility})</source>
        <translation>hampir semua menjawab salah (indeks kemudahan {facility})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nearly everyone got it right (facility {facility})</source>
        <translation>hampir semua menjawab benar (indeks kemudahan {facility})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>negative discrimination ({value}): those who did worse on the rest of the test did better here; check the answer</source>
        <translation>daya beda negatif ({value}): yang nilainya lebih rendah di soal lain justru lebih baik di sini; periksa kuncinya</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>very weak discrimination ({value}, below {limit})</source>
        <translation>daya beda sangat lemah ({value}, di bawah {limit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>low discriminative efficiency ({value}, below {limit})</source>
        <translation>efisiensi daya beda rendah ({value}, di bawah {limit})</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility</source>
        <translation>Kemudahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SD</source>
        <translation>SB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discrimination</source>
        <translation>Daya beda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Efficiency</source>
        <translation>Efisiensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean time</source>
        <translation>Waktu rata-rata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common wrong answers</source>
        <translation>Jawaban salah yang sering</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a look</source>
        <translation>Perlu diperiksa</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+40"/>
        <source>{response} ({count})</source>
        <translation>{response} ({count})</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{seconds} s</source>
        <translation>{seconds} dtk</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../ui/messages.py" line="+8"/>
        <source>The data folder {where} is a file, not a folder. Choose another data folder, or move that file away.</source>
        <translation>Folder data {where} adalah sebuah berkas, bukan folder. Pilih folder data lain, atau pindahkan berkas itu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data folder {where} cannot be made or used. Choose a folder you can write to.</source>
        <translation>Folder data {where} tidak dapat dibuat atau dipakai. Pilih folder yang dapat Anda tulisi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database address {where} cannot be used. Check it, or leave it out to use the database in the data folder.</source>
        <translation>Alamat basis data {where} tidak dapat dipakai. Periksa alamat itu, atau kosongkan agar basis data di folder data yang dipakai.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database {where} is a folder, not a file. Name a database file.</source>
        <translation>Basis data {where} adalah sebuah folder, bukan berkas. Sebutkan sebuah berkas basis data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} is not a QuizApp database, so it was left unchanged. Choose a QuizApp database or a new file.</source>
        <translation>{where} bukan basis data QuizApp, jadi berkas itu tidak diubah. Pilih basis data QuizApp atau berkas baru.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data in {where} is damaged, so it was left unchanged. Restore it from a backup, or move the file away to start again with no data.</source>
        <translation>Data Anda di {where} rusak, jadi berkas itu tidak diubah. Pulihkan dari cadangan, atau pindahkan berkas itu untuk mulai lagi tanpa data.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data in {where} was saved by a newer version of QuizApp, so it was left unchanged. Use that version of QuizApp.</source>
        <translation>Data Anda di {where} disimpan oleh QuizApp versi yang lebih baru, jadi berkas itu tidak diubah. Gunakan QuizApp versi tersebut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data in {where} lacks the record of its version, so it was left unchanged. Restore it from a backup.</source>
        <translation>Data Anda di {where} tidak memiliki catatan versinya, jadi berkas itu tidak diubah. Pulihkan dari cadangan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data in {where} cannot be saved: the file or its folder is read-only. Make them writable for you, or choose another data folder.</source>
        <translation>Data Anda di {where} tidak dapat disimpan: berkas atau foldernya hanya-baca. Jadikan keduanya dapat Anda tulisi, atau pilih folder data lain.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your data in {where} cannot be opened. Check that it can be reached.</source>
        <translation>Data Anda di {where} tidak dapat dibuka. Periksa apakah tempat itu dapat dijangkau.</translation>
    </message>
</context>
<context>
    <name>StudyGlanceBar</name>
    <message>
        <location filename="../ui/study_glance.py" line="-80"/>
        <source>Looking for questions due today…</source>
        <translation>Mencari soal yang perlu diulang hari ini…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln question(s) due today</source>
        <translation>
            <numerusform>%Ln soal perlu diulang hari ini</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is due today</source>
        <translation>Tidak ada soal yang perlu diulang hari ini</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Study streak: %Ln day(s)</source>
        <translation>
            <numerusform>Belajar berturut-turut: %Ln hari</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No study streak: answer a question today to start one</source>
        <translation>Tidak ada hari belajar berturut-turut: jawab satu soal hari ini untuk memulainya</translation>
    </message>
</context>
<context>
    <name>StudyModeButtons</name>
    <message>
        <location filename="../ui/study_buttons.py" line="+68"/>
        <source>Study</source>
        <translation>Belajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Study does not use up your attempts: feedback comes after every answer.</source>
        <translation>Belajar tidak memakai jatah percobaan Anda: umpan balik muncul setelah setiap jawaban.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Practice</source>
        <translation>&amp;Latihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise every question of this bank</source>
        <translation>Latih semua soal di bank soal ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bank&apos;s time limits</source>
        <translation>Pakai batas waktu bank soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the bank&apos;s time limits in practice</source>
        <translation>Pakai batas waktu bank soal dalam latihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mistakes</source>
        <translation>&amp;Kesalahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drill the questions of this bank you last answered wrong</source>
        <translation>Latih lagi soal di bank soal ini yang terakhir Anda jawab salah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;view</source>
        <translation>&amp;Ulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review this bank&apos;s questions that are due</source>
        <translation>Ulas soal bank soal ini yang jatuh tempo</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../ui/pages/study_page.py" line="+184"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Ulasan berkala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistakes drill</source>
        <translation>Latihan kesalahan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture for the question</source>
        <translation>Gambar untuk soal</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="vanished">Penjelasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Akhiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this study session</source>
        <translation>Akhiri sesi belajar ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try this question again</source>
        <translation>Coba soal ini lagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the answer</source>
        <translation>Periksa jawaban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next question</source>
        <translation>Soal berikutnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to where the session began</source>
        <translation>Kembali ke tempat sesi dimulai</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="vanished">Benar.</translation>
    </message>
    <message>
        <source>Wrong.</source>
        <translation type="vanished">Salah.</translation>
    </message>
    <message>
        <source>Partly right: you scored {points} of {possible}.</source>
        <translation type="vanished">Sebagian benar: Anda mendapat {points} dari {possible}.</translation>
    </message>
    <message>
        <source>Time is up.</source>
        <translation type="vanished">Waktu habis.</translation>
    </message>
    <message>
        <source>Right answer: {answer}</source>
        <translation type="vanished">Jawaban benar: {answer}</translation>
    </message>
    <message>
        <source>Source: “{quote}”</source>
        <translation type="vanished">Sumber: “{quote}”</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>This bank shows right or wrong only: its answers stay hidden for now.</source>
        <translation>Bank soal ini hanya menunjukkan benar atau salah: jawabannya tetap tersembunyi untuk saat ini.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nothing is due now. Come back later for the next reviews.</source>
        <translation>Tidak ada yang jatuh tempo sekarang. Kembalilah nanti untuk ulasan berikutnya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mistakes left: every question of the drill is answered right.</source>
        <translation>Tidak ada kesalahan lagi: semua soal latihan ini sudah dijawab benar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice done.</source>
        <translation>Latihan selesai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{right} of {answered} right at the first try.</source>
        <translation>{right} dari {answered} benar pada percobaan pertama.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{mode} — {bank}</source>
        <translation>{mode} — {bank}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n card(s) due</source>
        <translation>
            <numerusform>%n kartu jatuh tempo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n question(s) to go</source>
        <translation>
            <numerusform>%n soal lagi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Question: {time}</source>
        <translation>Soal: {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session: {time}</source>
        <translation>Sesi: {time}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Answer first, then check.</source>
        <translation>Jawab dulu, lalu periksa.</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <location filename="../ui/study.py" line="+96"/>
        <source>This bank is no longer in the library.</source>
        <translation>Bank soal ini sudah tidak ada di pustaka.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review</source>
        <translation>Ulasan berkala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mistakes drill</source>
        <translation>Latihan kesalahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QuizApp — {mode}</source>
        <translation>QuizApp — {mode}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That could not be saved: {error}</source>
        <translation>Itu tidak dapat disimpan: {error}</translation>
    </message>
</context>
<context>
    <name>TeacherPinDialog</name>
    <message>
        <location filename="../ui/pin_dialog.py" line="-106"/>
        <location line="+1"/>
        <location line="+9"/>
        <source>Teacher PIN</source>
        <translation>PIN guru</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>That PIN is wrong. Try again.</source>
        <translation>PIN itu salah. Coba lagi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The teacher&apos;s view needs the teacher PIN.</source>
        <translation>Tampilan guru memerlukan PIN guru.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
</context>
<context>
    <name>TeacherView</name>
    <message>
        <location filename="../ui/teacher.py" line="+154"/>
        <source>Export answers</source>
        <translation>Ekspor jawaban</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export attempts</source>
        <translation>Ekspor percobaan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exported {count} attempts to {path}.</source>
        <translation>{count} percobaan diekspor ke {path}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The class&apos;s server cannot be read; nothing was exported.</source>
        <translation>Server kelas tidak dapat dibaca; tidak ada yang diekspor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be written: {path}</source>
        <translation>Berkas tidak dapat ditulis: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder you can write to. ({reason})</source>
        <translation>Pilih folder yang dapat ditulisi. ({reason})</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The teacher PIN was saved.</source>
        <translation>PIN guru telah disimpan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The teacher PIN was removed.</source>
        <translation>PIN guru telah dihapus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The current PIN is wrong; nothing was changed.</source>
        <translation>PIN saat ini salah; tidak ada yang diubah.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That PIN cannot be used; nothing was changed.</source>
        <translation>PIN itu tidak dapat dipakai; tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>TrueFalseForm</name>
    <message>
        <location filename="../ui/editor/forms.py" line="+78"/>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement is:</source>
        <translation>Pernyataan ini:</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <location filename="../ui/questions/true_false.py" line="+21"/>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Press 1 or {true_key} for true, 2 or {false_key} for false.</source>
        <translation>Tekan 1 atau {true_key} untuk benar, 2 atau {false_key} untuk salah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press 1 for true, 2 for false.</source>
        <translation>Tekan 1 untuk benar, 2 untuk salah.</translation>
    </message>
</context>
<context>
    <name>_CommonFields</name>
    <message>
        <location filename="../ui/editor/forms.py" line="+254"/>
        <source>Question id:</source>
        <translation>Id soal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prompt (Markdown):</source>
        <translation>Pertanyaan (Markdown):</translation>
    </message>
</context>
<context>
    <name>_DetailFields</name>
    <message>
        <location line="+32"/>
        <source>e.g. 90s, 2m</source>
        <translation>mis. 90s, 2m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>separated by commas</source>
        <translation>dipisahkan dengan koma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Picture (path beside the bank):</source>
        <translation>Gambar (jalur di sebelah bank):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Picture description:</source>
        <translation>Deskripsi gambar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points:</source>
        <translation>Poin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Batas waktu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty:</source>
        <translation>Tingkat kesulitan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation:</source>
        <translation>Penjelasan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source (a quote from the reading):</source>
        <translation>Sumber (kutipan dari bacaan):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
</context>
<context>
    <name>_StatusText</name>
    <message>
        <location filename="../ui/class_room.py" line="-478"/>
        <source>Not in a class</source>
        <translation>Tidak dalam kelas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The class&apos;s teacher: nothing to send</source>
        <translation>Guru kelas: tidak ada yang perlu dikirim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All answers sent</source>
        <translation>Semua jawaban terkirim</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n answers waiting to be sent</source>
        <translation>
            <numerusform>%n jawaban menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to be sent</source>
        <translation>Perubahan menunggu dikirim</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n answers waiting: no connection since %1</source>
        <translation>
            <numerusform>%n jawaban menunggu: tidak ada koneksi sejak %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting: no connection since %1</source>
        <translation>Perubahan menunggu: tidak ada koneksi sejak %1</translation>
    </message>
</context>
</TS>
