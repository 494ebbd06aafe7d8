# Uli – Türkçe metinler. { $name } gibi yer tutucuları çevirme.
# Kısa, basit cümleler: okuyanların çoğu genç ya da dili yeni öğreniyor.

## Karşılama ve dil
welcome = Merhaba! 👋 Ben { $persona }, { $organisation } kurumunun dijital yardımcısıyım. Sorularını hemen cevaplıyorum – gece bile. Ben bir bilgisayar programıyım, insan değilim. Bir insanla konuşmak istersen, söylemen yeterli.
privacy-short = 🔒 Kısaca veri koruma: Adını söylemek zorunda değilsin. Ekip sana yardım edebilsin diye mesajlarını kaydediyoruz – telefon numaranı ve profil fotoğrafını kaydetmiyoruz. İstediğin zaman her şeyi silmemizi isteyebilirsin. Daha fazlası: /privacy
choose-language = Hangi dilde yazayım?
language-set = Tamam, bundan sonra sana Türkçe yazacağım.
language-kept = Sana Türkçe yazıyorum. Dili istediğin zaman /language ile değiştirebilirsin.
choose-service = Hangi hizmet ilgini çekiyor? Üzerine dokun:
service-intro = Şu an buradasın: { $name }. { $summary }
    Ne öğrenmek istiyorsun?
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
person-appointment-only = 📅 Danışmanlık sadece randevuyla – ara ya da e-posta yaz.
crisis-short = 🆘 Acil durumda: 112. Konuşmak iyi gelir: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – ücretsiz ve anonim.

## Sık sorulan sorular
faq-title = ❓ Sık sorulan sorular – bir soruya dokun:

## Yardım ve veri koruma
help = Ben { $persona }. Hizmetin ne zaman ve nerede açık olduğunu, kimler için olduğunu ve hangi dillerde danışmanlık verildiğini sana söylerim. Tuşlara dokunman yeterli.
    Komutlar: /hours açılış saatleri · /language dil · /menu menü · /privacy veri koruma
privacy-full = 🔒 Veri koruma
    Verilerden sorumlu: { $organisation }.
    Kaydettiklerimiz: buradaki sohbette yazdığın mesajlar, dilin ve seçtiğin hizmet. Adın, kullanıcı adın, profil fotoğrafın ve telefon numaran kaydedilmez. Ekip sadece bir takma ad görür.
    Neden: sorularını cevaplayabilmek ve sana yardım edebilmek için. Senin iznin olmadan hiçbir şeyi kimseye vermeyiz – ne resmî kurumlara ne de anne babana. Sadece bir insanın hayatı ya da güvenliği ciddi tehlikedeyse ekip harekete geçmek zorundadır.
    Neyin kayıtlı olduğunu istediğin zaman sorabilir ve her şeyi sildirebilirsin. İletişim: { $contact }

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
not-understood = Maalesef bunu henüz anlamıyorum. 🙈 Bir tuşa dokun – ya da “🙋 Bir insanla konuş” tuşuna, o zaman ekibe nasıl ulaşacağını gösteririm.
error-sorry = Özür dilerim, bende bir şeyler ters gitti. Lütfen birazdan tekrar dene. Acil durumda: 112 · Nummer gegen Kummer 116 111.
