# Uli – Türkçe metinler. { $name } gibi yer tutucuları çevirmeyin.
# Kısa, basit cümleler: okuyanların çoğu genç ya da dili yeni öğreniyor.

## Karşılama ve dil
welcome = Merhaba! 👋 Ben { $persona }, { $organisation } için çalışan dijital yardımcıyım. Sorularını hemen cevaplarım – gece bile. Ben bir bilgisayar programıyım, insan değilim. Bir insanla konuşmak istersen, söylemen yeterli.
privacy-short = 🔒 Kısaca veri koruma: Adını söylemek zorunda değilsin. Ekibin sana yardım edebilmesi için mesajlarını saklıyoruz – telefon numaranı ve profil fotoğrafını saklamıyoruz. İstediğin zaman her şeyin silinmesini isteyebilirsin. Daha fazlası: /privacy
choose-language = Hangi dilde yazayım?
language-set = Tamam, bundan sonra sana Türkçe yazıyorum.
language-kept = Sana Türkçe yazıyorum. Dili istediğin zaman /language ile değiştirebilirsin.
choose-service = Hangi hizmet ilgini çekiyor? Üzerine dokun:
service-intro = Buradasın: { $name }. { $summary }
    Ne öğrenmek istersin?
menu-prompt = Ne öğrenmek istersin? Bir düğmeye dokun.

## Düğmeler
button-hours = 🕒 Açılış saatleri
button-where = 📍 Nerede?
button-who = 👥 Kimin için?
button-languages = 🗣 Diller
button-faq = ❓ Sık sorulan sorular
button-person = 🙋 Bir insanla konuş
button-change-language = 🌐 Dil
button-change-service = 🔄 Başka hizmet
button-menu = ⬅️ Menü

## Komutlar (Telegram menüsü)
command-start = Baştan başla
command-help = Uli ne yapabilir?
command-hours = Açılış saatleri
command-language = Dili değiştir
command-menu = Menüyü göster
command-privacy = Veri koruma

## Açılış saatleri
hours-title = 🕒 Açılış saatleri: { $name }
hours-window = { $start }–{ $end } · { $place } ({ $kind ->
        [appointment] sadece randevuyla
       *[drop_in] açık danışma saati, randevusuz
    })
hours-open-now = ✅ Şu an açık: { $line }
hours-next = ⏳ Şu an kapalı. Bir sonraki sefer: { $day }, { $line }
hours-none-known = Şu an kayıtlı saat yok. Lütfen telefonla veya e-postayla ulaş.
hours-closed-today = Bugün kapalı: { $reason }
day-today = bugün, { $day }
day-tomorrow = yarın, { $day }
hours-week-title = Önümüzdeki 7 gün:
hours-appointment-hint = Randevuyu telefonla veya e-postayla alabilirsin – “🙋 Bir insanla konuş” düğmesine dokun.
hours-closed = kapalı
hours-holiday = resmî tatil ({ $name })
hours-closed-because = kapalı ({ $reason })
programme-ended = ⚠️ { $name } hizmeti { $since } tarihinde sona erdi. Artık yok.
programme-not-started = { $name } hizmeti { $starts } tarihinde başlıyor.
programme-alternatives = Şu an bu hizmetler var – belki biri sana uyar:
programme-no-alternatives = Maalesef şu an uygun başka bir hizmet bilmiyorum. Acil durumda: 112. Nummer gegen Kummer: 116 111 (ücretsiz).

## Yer
where-title = 📍 { $name } burada:

## Kimin için
who-title = 👥 { $name } kimin için?
who-age = Yaş: { $min } ile { $max } arası
who-residence = Oturum durumu: { $list }
who-areas = Yaşadığın yer: { $list }
who-offers = Sunulanlar: { $list }
residence-any = fark etmez
residence-duldung = Duldung (sınır dışı etmenin ertelenmesi)
residence-gestattung = Gestattung (sığınma süreci boyunca kalma izni)
residence-residence_permit = oturum izni
residence-eu_citizen = AB vatandaşları
offer-clearing = kısa danışma (Clearing)
offer-case_management = uzun süreli destek (vaka yönetimi)
offer-street_work = sokak sosyal hizmeti
offer-open_consultation = açık danışma saati
offer-appointments = randevulu danışma
offer-coaching = koçluk
offer-interpreters = tercümanlar
promise-free = ücretsiz
promise-voluntary = gönüllü
promise-anonymous = isim vermeden mümkün

## Diller
languages-counselling = 🗣 { $name } danışmanlık dilleri: { $list }.
languages-interpreters = Başka diller için tercümanlar var.
languages-bring-someone = Sana tercüme edecek birini yanında getirebilirsin.
languages-uli = Burada sohbette Almanca, İngilizce, Rusça, Arapça, Türkçe, Ukraynaca ve Farsça yazıyorum.

## Bir insana ulaşmak
person-title = 🙋 { $name } ekibine böyle ulaşırsın:
person-phone = 📞 Telefon: { $phone }
person-sms = 💬 SMS/mesajlaşma: { $number }
person-email = ✉️ E-posta: { $email }
person-drop-in-now = 🚪 Şimdi randevusuz gelebilirsin: { $line }
person-drop-in-next = 🚪 Randevusuz gel: { $day }, { $line }
person-appointment-only = 📅 Danışma sadece randevuyla – ara ya da e-posta yaz.
crisis-short = 🆘 Acil durumda: 112. Konuşmak iyi gelir: Nummer gegen Kummer 116 111, TelefonSeelsorge 0800 111 0 111 – ücretsiz ve isimsiz.

## Sık sorulan sorular
faq-title = ❓ Sık sorulan sorular – bir soruya dokun:

## Yardım ve veri koruma
help = Ben { $persona }. Hizmetin ne zaman ve nerede açık olduğunu, kimin için olduğunu ve hangi dillerde danışmanlık verildiğini söylerim. Düğmelere dokunman yeterli.
    Komutlar: /hours açılış saatleri · /language dil · /menu menü · /privacy veri koruma
privacy-full = 🔒 Veri koruma
    Sorumlu: { $organisation }.
    Sakladıklarımız: bu sohbetteki mesajların, dilin ve seçtiğin hizmet. Adın, kullanıcı adın, profil fotoğrafın ve telefon numaran saklanmaz. Ekip sadece bir takma ad görür.
    Neden: sorularını cevaplayabilmek ve sana yardım edebilmek için. İznin olmadan hiçbir şeyi kimseye vermeyiz – ne resmî kurumlara ne de ailene. Sadece bir insanın hayatı ya da güvenliği ciddi tehlikedeyse ekip harekete geçmek zorundadır.
    Neyin saklandığını istediğin zaman sorabilir ve her şeyin silinmesini isteyebilirsin. İletişim: { $contact }

## Anlamadıklarım
unknown-command = Bu komutu bilmiyorum. /help dene ya da bir düğmeye dokun.
stale-button = Bu düğme artık geçerli değil. İşte güncel menü:
media-sticker = 😊 Teşekkürler! Sadece yazı ve düğmeleri okuyabiliyorum.
media-file = 📎 Burada resim, video ve dosya açamıyorum. Lütfen kişisel bilgiler içeren belgeleri buraya gönderme – randevuya getir.
media-voice = 🎤 Maalesef sesli mesajları dinleyemiyorum. Bana birkaç kelime yaz ya da bir düğmeye dokun.
media-location = 📍 Teşekkürler, konumuna ihtiyacım yok. “📍 Nerede?” altında nerede olduğumuzu görebilirsin.
media-contact-card = Teşekkürler! Kişileri saklamıyorum.
media-edited = ✏️ Bir mesajını değiştirdin. Ben sadece yeni mesajları okuyorum – lütfen onu tekrar gönder.
media-other = Maalesef bunu okuyamıyorum. Bana yaz ya da bir düğmeye dokun.
not-understood = Maalesef bunu henüz anlamıyorum. 🙈 Bir düğmeye dokun – ya da “🙋 Bir insanla konuş”a, sana ekibe nasıl ulaşacağını göstereyim.
error-sorry = Özür dilerim, bende bir şeyler ters gitti. Lütfen birazdan tekrar dene. Acil durumda: 112 · Nummer gegen Kummer 116 111.
