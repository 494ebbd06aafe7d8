# Uli – Türkçe metinler. { $name } gibi yer tutucuları çevirme.
# Kısa, basit cümleler: okuyanların çoğu genç ya da dili yeni öğreniyor.

## Karşılama ve dil
welcome = Merhaba! 👋 Ben { $persona }, { $organisation } kurumunun dijital yardımcısıyım.
    Sorularını hemen cevaplıyorum – gece bile.
    Ben bir bilgisayar programıyım, insan değilim. Bir insanla konuşmak istersen, söylemen yeterli.
privacy-short = 🔒 Kısaca veri koruma: Adını söylemek zorunda değilsin.
    Ekip sana yardım edebilsin diye mesajlarını kaydediyoruz – telefon numaranı ve profil fotoğrafını kaydetmiyoruz.
    İstediğin zaman her şeyi silmemizi isteyebilirsin. Daha fazlası: /privacy
privacy-short-kept = 🗓 Konuşmalar son mesajdan { $days } gün sonra silinir.
choose-language = Hangi dilde yazayım?
language-set = Tamam, bundan sonra sana Türkçe yazacağım.
language-kept = Sana Türkçe yazıyorum. Dili istediğin zaman /language ile değiştirebilirsin.
choose-service = Hangi hizmet ilgini çekiyor? Üzerine dokun:
service-intro = Şu an buradasın: { $name }. { $summary }
service-ask = Ne öğrenmek istiyorsun?
menu-prompt = Ne öğrenmek istiyorsun? Bir tuşa dokun.

## Tuşlar
button-hours = 🕒 Açılış saatleri
button-where = 📍 Nerede?
button-who = 👥 Kimler için?
button-languages = 🗣 Diller
button-faq = ❓ Sık sorulan sorular
button-person = 🙋 Bir insanla konuş
button-change-language = 🌐 Dil
button-change-service = 🔄 Başka hizmet
button-menu = ⬅️ Menü

## Komutlar (Telegram menüsü)
command-start = Yeniden başla
command-help = Uli neler yapabilir?
command-hours = Açılış saatleri
command-language = Dili değiştir
command-menu = Menüyü göster
command-privacy = Veri koruma

## Açılış saatleri
hours-title = 🕒 Açılış saatleri: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] sadece randevuyla
       *[drop_in] açık görüşme saati, randevusuz
    })
hours-open-now = ✅ Şu an açık: { $line }
hours-next = ⏳ Şu an kapalı. Bir sonraki sefer: { $day }, { $line }
hours-none-known = Şu an kayıtlı saat yok. Lütfen telefonla ya da e-postayla ulaş.
hours-closed-today = Bugün kapalı: { $reason }
day-today = bugün, { $day }
day-tomorrow = yarın, { $day }
hours-week-title = Önümüzdeki 7 gün:
hours-appointment-hint = Randevuyu telefonla ya da e-postayla alabilirsin – “🙋 Bir insanla konuş” tuşuna dokun.
hours-appointment-book = 📅 Randevuyu hemen buradan alabilirsin: “{ $button }” tuşuna dokun ya da /book yaz.
hours-closed = kapalı
hours-holiday = resmî tatil ({ $name })
hours-closed-because = kapalı ({ $reason })
programme-ended = ⚠️ { $name } hizmeti { $since } tarihinde sona erdi. Artık yok.
programme-not-started = { $name } hizmeti { $starts } tarihinde başlıyor.
programme-alternatives = Şu an bu hizmetler var – belki biri sana uyar:
programme-no-alternatives = Maalesef şu an uygun başka bir hizmet bilmiyorum. Acil durumda: 112. Nummer gegen Kummer: 116 111 (ücretsiz).

## Yer
where-title = 📍 { $name } burada:

## Kimler için
who-title = 👥 { $name } kimler için?
who-age = Yaş: { $min } ile { $max } arası
who-residence = Oturum durumu: { $list }
who-areas = Yaşadığın yer: { $list }
who-offers = Neler sunuluyor: { $list }
residence-any = fark etmez
residence-duldung = Duldung (sınır dışı etmenin geçici olarak ertelenmesi)
residence-gestattung = Gestattung (sığınma başvurusu süresince kalma izni)
residence-residence_permit = oturma izni
residence-eu_citizen = AB vatandaşları
offer-clearing = kısa danışmanlık (Clearing)
offer-case_management = uzun süreli destek (Case Management)
offer-street_work = sokak sosyal hizmeti
offer-open_consultation = açık görüşme saati
offer-appointments = randevulu danışmanlık
offer-coaching = koçluk
offer-interpreters = tercümanlar
promise-free = ücretsiz
promise-voluntary = gönüllü
promise-anonymous = isim vermeden de olur

## Diller
languages-counselling = 🗣 { $name } şu dillerde danışmanlık veriyor: { $list }.
languages-interpreters = Başka diller için tercümanlar var.
languages-bring-someone = Sana tercüme etmesi için birini yanında getirebilirsin.
languages-uli = Burada sohbette Almanca, İngilizce, Rusça, Arapça, Türkçe, Ukraynaca ve Farsça yazıyorum.

## Bir insana ulaş
person-title = 🙋 { $name } ekibine şöyle ulaşabilirsin:
person-phone = 📞 Telefon: { $phone }
person-sms = 💬 SMS/Messenger: { $number }
person-email = ✉️ E-posta: { $email }
person-drop-in-now = 🚪 Şimdi randevusuz gelebilirsin: { $line }
person-drop-in-next = 🚪 Randevusuz gelebilirsin: { $day }, { $line }
person-appointment-only = { $book ->
        [yes] 📅 Danışmanlık sadece randevuyla – randevunu burada sohbette /book ile al, ara ya da e-posta yaz.
       *[no] 📅 Danışmanlık sadece randevuyla – ara ya da e-posta yaz.
    }
crisis-short = 🆘 Acil durumda: 112. Konuşmak iyi gelir: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – ücretsiz ve anonim.

## Sık sorulan sorular
faq-title = ❓ Sık sorulan sorular – bir soruya dokun:

## Yardım ve veri koruma
help = Ben { $persona }. Hizmetin ne zaman ve nerede açık olduğunu, kimler için olduğunu ve hangi dillerde danışmanlık verildiğini sana söylerim. Sorunu yaz ya da tuşlara dokun.
help-commands = Bana bunları da yazabilirsin:
privacy-full = 🔒 Veri koruma
    Verilerden sorumlu: { $organisation }.
    Kaydettiklerimiz: buradaki sohbette yazdığın mesajlar, dilin ve seçtiğin hizmet. Adın, kullanıcı adın, profil fotoğrafın ve telefon numaran kaydedilmez – bir ad ancak /name ile kendin verirsen kaydedilir. Ekip sadece bir takma ad görür.
    Neden: sorularını cevaplayabilmek ve sana yardım edebilmek için. Senin iznin olmadan hiçbir şeyi kimseye vermeyiz – ne resmî kurumlara ne de anne babana. 18 yaşından küçük olsan bile, annenin babanın haberi olmadan bizimle konuşabilirsin. Sadece bir insanın hayatı ya da güvenliği ciddi tehlikedeyse ekip harekete geçmek zorundadır.
    Neyin kayıtlı olduğunu istediğin zaman sorabilir ve her şeyi sildirebilirsin. İletişim: { $contact }
privacy-retention = 🗓 Ne kadar süre: Bir konuşma son mesajdan { $days } gün sonra silinir – ekipten kimse katılmadıysa { $days_unanswered } gün sonra.
privacy-link = 📄 Metnin tamamı: { $url }

## Anlamadıklarım
unknown-command = Bu komutu bilmiyorum. /help yaz ya da bir tuşa dokun.
stale-button = Bu tuş artık geçerli değil. İşte güncel menü:
media-sticker = 😊 Teşekkürler! Sadece yazı ve tuşları okuyabiliyorum.
media-file = 📎 Burada resim, video ve dosya açamıyorum. Lütfen buraya kişisel bilgiler içeren belgeler gönderme – onları randevuna getir.
media-voice = 🎤 Maalesef sesli mesajları dinleyemiyorum. Bana birkaç kelime yaz ya da bir tuşa dokun.
media-location = 📍 Teşekkürler, konumuna ihtiyacım yok. Nerede olduğumuzu “📍 Nerede?” altında görebilirsin.
media-contact-card = Teşekkürler! Kişileri kaydetmiyorum.
media-edited = ✏️ Bir mesajı değiştirdin. Ben sadece yeni mesajları okuyorum – lütfen onu bana tekrar gönder.
media-other = Maalesef bunu okuyamıyorum. Bana yaz ya da bir tuşa dokun.
not-understood = Maalesef bunu henüz anlamıyorum. 🙈 Bir tuşa dokun – ya da “🙋 Bir insanla konuş” tuşuna, o zaman ekipten biri sana burada cevap verir.
error-sorry = Özür dilerim, bende bir şeyler ters gitti. Lütfen birazdan tekrar dene. Acil durumda: 112 · Nummer gegen Kummer 116 111.

## Yazılan sorular
not-sure = Ne demek istediğinden tam emin değilim. 🤔 Bunlardan biri mi? Ya da ekipten biri sana cevap verebilir.
service-first = Bunu cevaplayabilirim – önce hangi hizmeti kastettiğini söyle:
answer-greeting = Merhaba! 👋 Ne öğrenmek istersin? Sorunu yaz ya da bir tuşa dokun.
answer-thanks = Rica ederim! 😊 Başka bir sorun olursa istediğin zaman yaz.
answer-hours-day = 🕒 { $name } – { $day }:
answer-hours-day-closed = O gün kapalı.
answer-hours-open-again = ⏳ Tekrar açık: { $day }, { $line }
answer-cost-free = 💶 { $name } senin için ücretsiz.
answer-cost-ask = 💶 Burada bir şeyin ücretli olup olmadığını ekip sana söyler – “🙋 Bir insanla konuş” tuşuna dokun.
answer-voluntary = 🤝 { $name } hizmetine gelmek gönüllüdür. Ne konuşacağına sen karar verirsin ve istediğin zaman bırakabilirsin.
answer-voluntary-ask = 🤝 Katılımın gönüllü olup olmadığını ekip sana söyler – “🙋 Bir insanla konuş” tuşuna dokun.
answer-confidential-anonymous = 🤐 Adını söylemek zorunda değilsin. Ekip anlattıklarını kendine saklar ve iznin olmadan hiçbir şeyi başkasına vermez – ne resmi kurumlara ne de ailene. Sadece birinin hayatı ya da güvenliği ciddi tehlikedeyse harekete geçmek zorundadır.
answer-confidential = 🤐 Ekip anlattıklarını kendine saklar ve iznin olmadan hiçbir şeyi başkasına vermez – ne resmi kurumlara ne de ailene. Sadece birinin hayatı ya da güvenliği ciddi tehlikedeyse harekete geçmek zorundadır.
answer-services = 🧰 { $name } senin için ne yapar:
answer-appointment = 📅 Randevu almak, ertelemek ya da iptal etmek için ekiple iletişime geç:
topic-cost = 💶 Ücretli mi?
topic-confidentiality = 🤐 Aramızda kalır mı?
topic-voluntary = 🤝 Gönüllü mü?
topic-services = 🧰 Ne yapıyorsunuz?
topic-appointment = 📅 Randevu
topic-cancel = ❌ Randevuyu iptal et
language-switched = Artık sana Türkçe yazıyorum. Değiştirmek için: /language
foreign-language = Üzgünüm, senin dilinde henüz yazamıyorum. Almanca ve İngilizce cevap veriyorum. Ekip bir tercüman ayarlayabilir: “🙋 Bir insanla konuş” tuşuna dokun.

## Kriz
crisis-opening = 💙 Bunu bana yazdığın için teşekkürler. Gerçekten çok zor görünüyor – bununla yalnız başa çıkmak zorunda değilsin.
crisis-opening-unsure = 💙 Belki seni yanlış anlıyorum – ama şu an iyi değilsen ya da tehlikedeysen: bununla yalnız kalmak zorunda değilsin.
crisis-danger = 🆘 Şu an tehlikedeysen 112’yi (acil yardım) ya da 110’u (polis) ara. Ücretsiz, gece gündüz.
crisis-talk = 📞 Şu an biriyle konuşabilirsin, ücretsiz ve isimsiz:
    • Nummer gegen Kummer (gençler için): 116 111
    • TelefonSeelsorge, gece gündüz: 0800 111 0 111 ya da 0800 111 0 222
crisis-violence = 📞 Şiddete karşı yardım hattı (Hilfetelefon Gewalt gegen Frauen), gece gündüz, birçok dilde: 116 016
crisis-shelter = 🛏 Bu gece kalacak yerin yok mu? 18 yaşından küçüksen Jugendamt (gençlik dairesi) seni kabul etmek zorunda – polis (110) seni her zaman bağlar. 18 yaşında ya da daha büyüksen polis sana en yakın acil barınağın nerede olduğunu söyler.
crisis-team-now = 🙋 Mesajını acil olarak ekibe ilettim. Biri sana burada en kısa sürede cevap verecek.
crisis-team-later = 🙋 Mesajını acil olarak ekibe ilettim. Ekip onu { $when } okuyacak. O zamana kadar lütfen yukarıdaki numaralardan birini ara – orada senin için biri var.
crisis-team-soon = 🙋 Mesajını acil olarak ekibe ilettim. Ekip sana burada elinden geldiğince çabuk cevap verecek. O zamana kadar lütfen yukarıdaki numaralardan birini ara.

## Ekibe aktarma
when-from = { $day }, { $time } itibarıyla
handover-now = 🙋 Konuşmamızı ekibe ilettim. Biri sana burada yakında cevap verecek. Yazmaya devam et – ekip her şeyi görüyor.
handover-later = 🙋 Konuşmamızı ekibe ilettim. Şu an görevde kimse yok; ekip mesajlarını { $when } okuyacak. Yazmaya devam et – ekip her şeyi görüyor.
handover-unknown-hours = 🙋 Konuşmamızı ekibe ilettim. Ekip sana burada elinden geldiğince çabuk cevap verecek.
handover-already = Zaten ekibi bekliyorsun. Buraya yaz yeter – ekip her şeyi görüyor.
handover-direct = Ekibe doğrudan da ulaşabilirsin:
handover-ack = 📨 Aldım. Ekip mesajını okuyacak.
handover-ack-soon = 📨 Aldım. Şu an ekipten biri görevde ve sana burada yakında cevap verecek.
handover-ack-later = 📨 Aldım. Şu an görevde kimse yok; ekip mesajını { $when } okuyacak.
handover-still-with-team = 💬 Konuşman ekipte kalıyor – ekip bu soruyu da okuyacak.
handover-end-button = ✖️ Ekiple konuşmayı bitir
handover-ended = Tamam, artık yine benimle, dijital yardımcıyla yazışıyorsun. Ekibi tekrar istediğinde “🙋 Bir insanla konuş” tuşuna dokun.

## Verilerin
command-mydata = Hakkımda ne kayıtlı
command-delete = Verilerimi sil
privacy-rights = 📄 /mydata hakkında kayıtlı olan her şeyi sana gönderir · 🗑 /delete hepsini siler.
mydata-caption = 📄 Uli’nin senin hakkında sakladığı her şey bu. Silmek için: /delete
mydata-file-title = Uli’nin senin hakkında sakladıkları ({ $date })
mydata-pseudonym = Ekip için takma adın: { $pseudonym }
mydata-language = Dil: { $language }
mydata-first-seen = İlk mesaj: { $date }
mydata-conversation = { $date } tarihli konuşma
mydata-you = Sen
mydata-uli = Uli
mydata-team = Ekip
mydata-note = Ekibin notu
delete-confirm = 🗑 Hakkında kayıtlı olan her şeyi – mesajlarını, takma adını, dilini – sileyim mi? Bu geri alınamaz. Ekip sadece bir konuşmanın senin isteğinle silindiğini görür.
delete-yes = 🗑 Evet, hepsini sil
delete-no = Hayır, kalsın
delete-done = ✅ Tamam: her şey silindi. Tekrar yazarsan sıfırdan başlarız. Kendine iyi bak! 👋
delete-kept = Tamam, hiçbir şey silinmedi.
command-name = Ekibe bir isim söyle
name-how = İsim söylemek zorunda değilsin. Ekibin sana isminle hitap etmesini istersen ismini bana yazman yeterli, örneğin “Deniz”.
name-saved = ✅ Teşekkürler, { $name }! Ekip artık bu ismi görüyor. Silmek için: /name
name-forgotten = Tamam, isim silindi. Ekip yine sadece takma adını görüyor.
name-forget-button = 🗑 İsmimi sil
mydata-name = Ekip için ismin: { $name }

## Appointments
button-book = 📅 Randevu
command-book = Randevu al
command-appointments = Randevularım
booking-choose-place = 📍 Randevun nerede olsun?
booking-choose-day = 📅 Sana ne zaman uyar? { $place } için boş randevular:
booking-no-days = 📅 Maalesef şu anda boş randevu yok.
booking-drop-in = 🚶 Ya da randevusuz öylece gel: { $day }, { $line }
booking-choose-time = 🕒 { $day } için hangi saat sana uyar?
booking-other-day = 📅 Başka gün
booking-choose-topic = Konu ne? Bu, ekibin hazırlanmasına yardımcı olur. İstersen atlayabilirsin.
booking-topic-work = 💼 Meslek eğitimi/iş
booking-topic-papers = 📄 Oturum/belgeler
booking-topic-housing = 🏠 Konut
booking-topic-other = 💬 Başka bir konu
booking-topic-skip = ⏭ Atla
booking-check = Doğru mu? { $day }, saat { $time }, { $place }
booking-check-move = Randevun { $day }, saat { $time }, { $place } olarak değiştirilsin mi?
booking-yes = ✅ Evet, randevu al
booking-yes-move = ✅ Evet, değiştir
booking-other-time = 🔁 Başka saat
booking-booked = ✅ Randevun alındı!
booking-moved = ✅ Randevun değiştirildi!
booking-when = 📅 { $day }, saat { $time }
booking-where = 📍 { $place }, { $address }
booking-bring = 🎒 Yanında getir: { $list }
booking-change = Randevunu buradaki tuşlarla ya da istediğin zaman /appointments ile değiştirebilir veya iptal edebilirsin.
booking-move = 🔁 Değiştir
booking-cancel = ❌ İptal et
booking-calendar = 📅 Takvim dosyası
booking-calendar-caption = 📅 Randevun takvim dosyası olarak: takvimine eklemek için aç.
booking-gone = 😕 Maalesef bu randevu artık boş değil. İşte başkaları:
booking-day-full = 😕 Maalesef { $day } için boş randevu kalmadı. Başka günler şunlar:
booking-taken = 😕 Üzgünüm, biri daha hızlıydı: bu saat az önce alındı. İşte diğer boş saatler:
booking-list-title = 📅 Randevuların:
booking-list-item = 📅 { $day }, saat { $time }, { $place }
booking-list-empty = Şu anda hiç randevun yok. Randevu al: /book
booking-cancel-ask = { $day }, saat { $time } randevunu gerçekten iptal etmek istiyor musun?
booking-cancel-yes = ❌ Evet, iptal et
booking-cancel-no = Hayır, kalsın
booking-cancelled = Tamam, { $day }, saat { $time } randevun iptal edildi. Yeni randevu al: /book
booking-kept = 👍 Tamam, randevun duruyor.
booking-not-found = Bu randevuyu artık bulamıyorum – belki zaten iptal edildi ya da geçti. Randevuların: /appointments
booking-ics-summary = Randevu: { $name }
booking-by-team = ✅ Ekip senin için bir randevu aldı!
booking-cancelled-by-team = 😕 Maalesef ekip { $day }, saat { $time } randevunu iptal etmek zorunda kaldı. Yeni bir randevu al ya da bize yaz.
reminder-title = ⏰ Hatırlatma: randevun { $day }, saat { $time }.
reminder-change = Gelemiyor musun? Randevunu buradan değiştir ya da iptal et, böylece bu saati başka biri alabilir.
mydata-appointment = Randevu: { $date }, { $place }
mydata-status-booked = alındı
mydata-status-cancelled = iptal edildi
mydata-status-attended = gelindi
mydata-status-missed = gelinmedi

## Console: the caseworkers' web console (console/) and its canned replies.
# The console's own words; `canned-…` are replies a caseworker can send (young people read them).
console-title = Danışman konsolu
console-inbox = Gelen kutusu
console-admin-users = Hesaplar
console-logout = Çıkış yap
console-ui-language = Dil
console-login = Giriş yap
console-email = E-posta
console-password = Şifre
console-new-password = Yeni şifre (değişmesin diye boş bırak)
console-login-wrong = E-posta veya şifre yanlış.
console-login-throttled = Çok fazla hatalı deneme. Lütfen { $number } dakika sonra tekrar dene.
console-tab-waiting = Bekleyen
console-tab-mine = Benimkiler
console-tab-open = Tüm açıklar
console-tab-closed = Kapananlar
console-inbox-empty = Şu anda burada kimse yok.
console-inbox-more = Daha fazla konuşma göster
console-no-contact-points = Henüz hiçbir danışma noktasına bağlı değilsin. Bir yönetici seni ekleyebilir.
console-column-waiting = Bekliyor
console-column-person = Kişi
console-column-language = Dil
console-column-contact-point = Danışma noktası
console-column-last-message = Son mesaj
console-column-who = Kim üstlenir
console-urgent = Acil
console-urgent-long = Acil: Uli bir kriz belirtisi fark etti. Lütfen önce buna cevap ver.
console-unreachable-short = ulaşılamıyor
console-unreachable = Bu kişi Uli'yi engelledi: tekrar yazana kadar mesajlar ulaşmaz.
console-suggested = Öneri: { $name }
console-nobody-speaks = Ekipte kimse şu dili konuşmuyor: { $name }
console-language-unknown = bilinmiyor
console-language-of-person = Kişinin dili
console-status-bot = Uli'de
console-status-waiting = bekliyor
console-status-assigned = işlemde
console-status-closed = kapandı
console-assigned-to = üstlenen: { $name }
console-waiting-since = { $since } süredir bekliyor
console-minutes = { $number } dk
console-hours = { $number } sa
console-days = { $number } gün
console-claim = Üstlen
console-release = Geri bırak
console-assign = Ata
console-close = Kapat
console-reopen = Yeniden aç
console-reply-to = Cevap – kişinin okuduğu dil: { $name }
console-canned = Hazır cevap
console-send = Gönder
console-note-add = İç not
console-note-hint = Notları yalnızca ekip görür; kişiye asla gönderilmez.
console-note-save = Notu kaydet
console-notes = Notlar
console-notes-none = Henüz not yok.
console-delivery-pending = ⏳ iletiliyor
console-delivery-sent = ✓ iletildi
console-delivery-unreachable = ✗ iletilemedi: engellendi
console-delivery-rejected = ✗ Telegram reddetti
console-open-media = Aç
console-older-messages = Daha eski mesajlar
console-kind-text = Metin
console-kind-command = Komut
console-kind-button = Düğmeye basıldı
console-kind-sticker = Çıkartma
console-kind-photo = Fotoğraf
console-kind-voice = Sesli mesaj
console-kind-video = Video
console-kind-document = Belge
console-kind-location = Konum
console-kind-contact_card = Kişi kartı
console-kind-edited = Düzenlenmiş mesaj
console-kind-other = Diğer mesaj
console-former-colleague = eski ekip üyesi
console-canned-hello = Selamlama
console-canned-more = Daha fazlasını sor
console-canned-appointment = Randevu öner
console-canned-documents = Getirilecek belgeler
console-canned-later = Sonra ayrıntılı
console-canned-goodbye = Kapanış
console-error-empty = Metin boş.
console-error-too-long = Metin çok uzun.
console-error-closed = Konuşma kapalı. Önce yeniden aç.
console-error-not-member = Bu ekip üyesi bu danışma noktasında çalışmıyor.
console-error-not-closed = Konuşma kapalı değil.
console-error-newer-open = Kişi zaten daha yeni bir konuşmada yazıyor. Oradan cevap ver.
console-error-email = Bu geçerli bir e-posta adresi değil.
console-error-email-taken = Bu e-posta adresi için zaten bir hesap var.
console-error-password = Şifre en az 10 karakter olmalı.
console-error-password-spaces = Şifre sadece boşluklardan oluşuyor. Lütfen başka bir şifre seç.
console-error-password-repeated = Şifre tek bir karakterin tekrarı. Lütfen başka bir şifre seç.
console-error-password-sequence = Şifre 12345678 ya da abcdefgh gibi bir dizi. Lütfen başka bir şifre seç.
console-error-password-digits = Şifre sadece rakamlardan oluşuyor. Lütfen harf ya da işaret de ekle.
console-error-password-email = Şifre e-posta adresinin aynısı. Lütfen başka bir şifre seç.
console-error-nul = Girişte kaydedilemeyen görünmez bir kontrol karakteri (NUL) var. Lütfen yeniden yaz.
console-error-name = İsim 1 ile 80 karakter arasında olmalı.
console-error-languages = Dilleri virgülle ayrılmış kodlar olarak yaz, ör. de,ar,fa.
console-error-contact-points = Bilinmeyen danışma noktası.
console-error-role = Bilinmeyen rol.
console-error-self = Kendi yönetici rolünü kaldıramaz veya kendi hesabını kapatamazsın.
console-error-no-account = Böyle bir hesap yok.
console-error-admin-only = Hesapları yalnızca yöneticiler yönetir.
console-error-csrf = Sayfa çok uzun süre açık kaldı. Lütfen yenile ve tekrar dene.
console-page-forbidden = Erişim yok
console-page-forbidden-text = Bu sayfa yalnızca yöneticiler için.
console-page-not-found = Bulunamadı
console-page-not-found-text = Bu konuşma veya sayfa yok – ya da başka bir danışma noktasına ait.
console-page-failed = Bu olmadı
console-name = İsim
console-role = Rol
console-role-caseworker = Danışman
console-role-admin = Yönetici
console-languages = Diller
console-contact-points = Danışma noktaları
console-active = etkin
console-admin-new-user = Yeni hesap
console-save = Kaydet
canned-hello = Merhaba, ben ekipten { $name }. Mesajını okudum, birazdan sana ayrıntılı cevap vereceğim.
canned-more = Neyle ilgili olduğunu biraz daha anlatır mısın? Sesli mesaj da gönderebilirsin.
canned-appointment = Bir randevu ayarlayalım mı? Hangi gün ve saatlerde müsait olduğunu bana yaz.
canned-documents = Randevuya elindeki belgeleri getir lütfen (örneğin kimlik, oturum belgesi, resmî dairelerden gelen mektuplar). Bir şey eksikse sorun değil – yine de gel.
canned-later = Şu anda ayrıntılı cevap veremiyorum. En geç bir sonraki iş günü sana yazacağım.
canned-goodbye = Mesajın için teşekkürler! Başka bir şeye ihtiyacın olursa yine yazman yeterli. Her şey gönlünce olsun!
console-admin-access-log = Erişim kaydı
console-log-hint = Konsolda kimin neyi okuduğu veya yaptığı, en yenisi önce. Kayıtları kimse değiştiremez veya silemez. Saatler UTC.
console-log-who = Kim
console-log-action = İşlem
console-log-conversation = Görüşme
console-log-since = Başlangıç (tarih)
console-log-until = Bitiş (tarih)
console-log-filter = Filtrele
console-log-any = tümü
console-log-when = Ne zaman
console-log-detail = Ayrıntı
console-log-nobody = – (hesap yok)
console-log-newer = daha yeni
console-log-older = daha eski
console-log-page = Sayfa { $number } / { $max }
console-log-empty = Kayıt yok.
console-action-view_conversation = Görüşme okundu
console-action-open_media = Medya açıldı
console-action-export = Dışa aktarma
console-action-delete_request = Kişinin isteğiyle silindi
console-action-reply = Yanıt gönderildi
console-action-claim = Üstlenildi
console-action-assign = Atandı
console-action-release = Geri verildi
console-action-close = Kapatıldı
console-action-reopen = Yeniden açıldı
console-action-note = Not eklendi
console-action-login = Giriş
console-action-login_failed = Başarısız giriş
console-action-logout = Çıkış
console-action-user_created = Hesap oluşturuldu
console-action-user_changed = Hesap değiştirildi
console-action-view_appointments = Randevu listesi görüntülendi
console-action-appointment_book = Randevu alındı
console-action-appointment_cancel = Randevu iptal edildi
console-action-appointment_mark = Randevu geldi/gelmedi olarak işaretlendi
console-given-name = gencin sohbette verdiği isim
console-appt-nav = Randevular
console-appt-title = Randevular
console-appt-place = Yer
console-appt-show = Göster
console-appt-day = Gün
console-appt-week = Hafta
console-appt-previous-day = ← Önceki gün
console-appt-next-day = Sonraki gün →
console-appt-previous-week = ← Önceki hafta
console-appt-next-week = Sonraki hafta →
console-appt-today = Bugün
console-appt-week-of = { $start } – { $end } haftası
console-appt-no-places = Danışma noktalarının hiçbiri randevu vermiyor.
console-appt-none = Randevu yok.
console-appt-free-title = Boş
console-appt-free = { $time } – { $max } yerden { $number } boş
console-appt-free-none = Boş saat yok.
console-appt-column-time = Saat
console-appt-column-topic = Konu
console-appt-column-status = Durum
console-appt-column-actions = İşlemler
console-appt-status-booked = planlandı
console-appt-status-attended = geldi
console-appt-status-missed = gelmedi
console-appt-status-cancelled = iptal edildi
console-appt-booked-by = { $name } tarafından alındı
console-appt-open-conversation = Konuşma
console-appt-attended = Geldi
console-appt-missed = Gelmedi
console-appt-cancel = İptal et …
console-appt-cancel-title = Randevu iptal edilsin mi?
console-appt-cancel-text = Kişiye hemen kendi dilinde ({ $language }) randevunun iptal edildiği bildirilir. Hatırlatmalar gönderilmez.
console-appt-cancel-confirm = Evet, iptal et ve haber ver
console-appt-cancel-back = Hayır, geri dön
console-appt-upcoming = Randevular
console-appt-upcoming-none = Yaklaşan randevu yok.
console-appt-book = Randevu al
console-appt-slot = Boş saat
console-appt-slot-option = { $day } { $time } ({ $max } yerden { $number } boş)
console-appt-topic = Konu (isteğe bağlı)
console-appt-book-submit = Randevu al
console-appt-book-hint = Kişi kendi dilinde bir onay ve randevudan önce hatırlatmalar alır.
console-appt-no-slots = Önümüzdeki 14 günde boş saat yok.
console-appt-not-bookable = Bu konuşma için randevu verilen bir yer yok.
console-error-no-slot = Böyle bir saat yok (ya da geçti). Lütfen listeden birini seç.
console-error-slot-full = Bu saat artık dolu. Lütfen başka birini seç.
console-error-not-booked = Bu randevu (artık) geçerli değil.
console-error-bad-status = Lütfen geldi ya da gelmedi olarak işaretle.
console-error-already-booked = Kişinin bu saatte zaten bir randevusu var.
console-error-past = Randevu başladı bile. İptal yerine geldi ya da gelmedi olarak işaretle.
console-error-not-yet = Bir randevu ancak kendi gününde ya da sonra işaretlenebilir.
console-deleted-title = Kişinin isteğiyle silindi (son { $number } gün)
console-deleted-notice = Konuşma #{ $number } · { $place } · kişinin isteğiyle silindi ({ $day }, saat { $time }). Bundan artık hiçbir şey saklanmıyor.
console-page-deleted = Konuşma silindi
console-page-deleted-text = Bu konuşma kişinin isteğiyle silindi ({ $day }, saat { $time }). Bundan artık hiçbir şey saklanmıyor.
## End of console section

# Follow-ups after an appointment (flows/appointments/follow_ups.py)
follow-up-attended = Bizdeki randevun nasıl geçti? İstersen hemen yeni bir randevu alabilirsin – ya da ekipten biriyle yazışabilirsin.
follow-up-missed = Randevunda seni göremedik. Sorun değil – yeni bir randevu almak ister misin? Ya da ekipten biriyle yazış.

# A typed question answered by the FAQ of a service not chosen yet: whose answer it is.
faq-from-service = { $name } yanıtlıyor:
