PAGES = {
    "home": {
        "title": "Bizim Ishøj",
        "hero_alt": "Şehrin Vejleåparken çevresini gösteren bir çizimi; burada her kesimden insan bir araya geliyor.",
        "intro": (
            "Şehrin çevrimiçi buluşma yeri. Ishøj'e dair güzel hikâyeleri bulun, neler olup "
            "bittiğini görün, nerelerde yer alabileceğinizi – ve kimlerle birlikte – keşfedin."
        ),
        "search_description": (
            "Vores Ishøj, şehrin çevrimiçi buluşma yeridir: Ishøj'deki derneklerden, gönüllülerden "
            "ve sakinlerden güzel hikâyeler, etkinlikler ve fikirler."
        ),
        "body": [
            ("heading", "Çeşitlilik Ishøj'ün gücüdür"),
            (
                "paragraph",
                "<p>Ishøj'de yaklaşık 23.000 kişi yaşıyor ve her on kişiden dördünün kökleri başka "
                "ülkelere uzanıyor. Dernekler, gönüllüler, gelişim görevlileri ve belediyenin "
                "kurumları her gün fark yaratıyor. Vores Ishøj tüm bunları tek bir yerde bir araya "
                "getiriyor; böylece birbirimizi daha iyi tanıyor ve şehrin dört bir yanında "
                "birlikte çalışıyoruz.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Çocuklar İçin Etkinlikler, aile ve arkadaşlar için güzel deneyimler "
                    "yaratan bir ebeveyn ağıdır; bu sırada farklı geçmişlerden insanlar olarak "
                    "buluşuyor, birbirimizi tanıyor ve Ishøj'ün hikâyesini yayıyoruz.",
                    "name": "Çocuklar İçin Etkinlikler",
                    "role": "yerel tarih derneğine bağlı ebeveyn ağı",
                },
            ),
            (
                "cta",
                {
                    "heading": "Güzel bir hikâye biliyor musunuz?",
                    "text": "Ishøj'de fark yaratan bir girişimi, bir derneği ya da bir kişiyi bize "
                    "anlatın.",
                    "page": "take-part",
                    "label": "Nasıl katılabilirsiniz",
                },
            ),
        ],
    },
    "about": {
        "title": "Vores Ishøj Hakkında",
        "slug": "vores-ishoj-hakkinda",
        "intro": (
            "İş birliği ve haberleşme için bir yuva – dernekler, gönüllüler ve sakinleri zaten bir "
            "araya getiren insanlarla birlikte kuruldu."
        ),
        "listing_summary": "Vores Ishøj nedir, arkasında kimler var ve nasıl yürütülüyor?",
        "body": [
            (
                "paragraph",
                "<p>Vores Ishøj bir iletişim platformu ve çevrimiçi bir buluşma yeridir. Burada "
                "güzel hikâyeleri anlatıyor, deneyimlerimizi paylaşıyor, ilişkiler kuruyor, şehrin "
                "kaynaklarını haritalıyor ve neler olup bittiğini takip ediyoruz.</p>",
            ),
            (
                "image",
                {
                    "image": "glashuset",
                    "alt": "Vejleåparken'deki Glashuset: pencerelerde ışıklar yanıyor, insanlar "
                    "içeri giriyor.",
                    "caption": "Vejleåparken'deki Glashuset, şehrin buluşma yerlerinden biridir.",
                },
            ),
            ("heading", "Arkasında kimler var?"),
            (
                "paragraph",
                "<p>Platformu, Ishøj Belediyesi'nin iletişim biriminde yer alan bir sekreterya, "
                "yerel toplulukla yakın iş birliği içinde yürütüyor: gelişim görevlileri, "
                "Glashuset'in itici güçleri ve yerel dernekler. Belediyenin rolü her şeyden önce "
                "hikâyeleri aktarmaktır – platform herkese aittir.</p>",
            ),
            ("heading", "Kartopu büyüyor"),
            (
                "paragraph",
                "<p>Ne kadar çok paylaşırsak, birbirimizden o kadar çok şey öğreniriz. Ebeveyn ağı "
                "<i>Çocuklar İçin Etkinlikler</i>, sırayla Bredekærgård'da ve Glashuset'te takas "
                "pazarları düzenlemeye başlayınca yeni misafirler gelmeye başladı. Bu iş birliği "
                "Glashuset'te yeni anne babalar için bir kafenin açılmasını sağladı; anneler orada "
                "sosyal ekonomi temelli dikiş projesi <i>I tråd med verden</i> ile tanıştı.</p>",
            ),
            (
                "accordion",
                {
                    "heading": "Sorular ve cevaplar",
                    "items": [
                        (
                            "Vores Ishøj'ü kimler kullanabilir?",
                            "<p>Ishøj'de yaşayan, çalışan ya da etkinliklerde yer alan herkes. "
                            "Giriş yapmadan okuyabilirsiniz.</p>",
                        ),
                        (
                            "Site hangi dillerde yayınlanıyor?",
                            "<p>Danca, İngilizce, Arapça, Türkçe ve Urduca. Dilinizi sayfanın üst "
                            "kısmından seçebilirsiniz.</p>",
                        ),
                        (
                            "Ücretli mi?",
                            "<p>Hayır. Vores Ishøj, sakinler ve dernekler için ücretsizdir.</p>",
                        ),
                    ],
                },
            ),
        ],
    },
    "vision": {
        "title": "Siyasi vizyon",
        "slug": "siyasi-vizyon",
        "intro": "Belediye meclisinin topluluğumuz için vizyonu: Çeşitlilik Ishøj'ün gücüdür.",
        "listing_summary": "Belediye meclisinin hedefleri ve Ishøj'e yön veren vizyon.",
        "body": [
            (
                "paragraph",
                "<p>Ishøj; pek çok farklı geçmişin, dilin ve deneyimin bir arada bulunduğu bir "
                "şehirdir. Belediye meclisinin vizyonu, işte bu çeşitliliğin şehrin gücü olduğudur: "
                "İyi niyetli insanlar birbirini bulduğunda yeni çözümler, yeni topluluklar ve daha "
                "güçlü bir aidiyet duygusu ortaya çıkar.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Çeşitlilik Ishøj'ün gücüdür.",
                    "name": "Ishøj Belediye Meclisi",
                    "role": "siyasi vizyon",
                },
            ),
            ("heading", "Ishøj'ün elçileri"),
            (
                "paragraph",
                "<p>Sakinler güzel hikâyeleri bildiğinde onları başkalarına da aktarabilir – "
                "komşulara, iş arkadaşlarına ve belki de ileride şehre taşınacak kişilere. Bir "
                "elçiler ağı, bu mesajları topluluk içinde yayar.</p>",
            ),
        ],
    },
    "take-part": {
        "title": "Nasıl katılabilirsiniz",
        "slug": "nasil-katilabilirsiniz",
        "intro": "Güzel bir hikâye paylaşın, bir etkinlik bulun ya da şehir için bir fikir getirin.",
        "listing_summary": "Vores Ishøj'e katkıda bulunmanın üç yolu.",
        "body": [
            ("heading", "Güzel hikâyeyi anlatın"),
            (
                "paragraph",
                "<p>Görülmeyi hak eden bir girişim biliyor musunuz? Sekreteryaya yazın, hikâyeyi "
                "anlatmanıza yardımcı olalım – Ishøj Nyt ve yerel televizyon için de.</p>",
            ),
            ("heading", "Şehrin dört bir yanından insanlarla tanışın"),
            (
                "paragraph",
                "<p>Şehrin dernekleri ve gönüllüleri yıl boyunca etkinlikler düzenliyor – her ayın "
                "ilk pazar günü Bredekærgård'daki pazar buluşmalarından Glashuset'teki takas "
                "pazarlarına kadar.</p>",
            ),
            (
                "image",
                {
                    "image": "bredekaergaard",
                    "alt": "Güneşli bir pazar günü Bredekærgård'ın eski çiftlik binaları; avluda "
                    "çocuklar var.",
                    "caption": "Bredekærgård'da bir pazar buluşması.",
                },
            ),
            (
                "cta",
                {
                    "heading": "Platform hakkında bilgi edinin",
                    "text": "Vores Ishøj'ün arkasında kimlerin olduğunu ve nasıl yürütüldüğünü "
                    "görün.",
                    "page": "about",
                    "label": "Vores Ishøj Hakkında",
                },
            ),
        ],
    },
    "accessibility": {
        "title": "Erişilebilirlik beyanı",
        "slug": "erisilebilirlik-beyani",
        "intro": (
            "Vores Ishøj'ü olabildiğince çok kişinin kullanabilmesi için neler yaptık – ve neler "
            "hâlâ eksik."
        ),
        "listing_summary": (
            "Vores Ishøj ne kadar erişilebilir ve bir şey çalışmıyorsa bize nasıl haber "
            "verebilirsiniz."
        ),
        "body": [
            (
                "paragraph",
                "<p>Site telefonda okunabilir, klavye ve ekran okuyucuyla kullanılabilir ve "
                "JavaScript olmadan da çalışır. Arapça ve Urduca sağdan sola okunur. Sitede her "
                "değişiklik yapıldığında tüm sayfaları erişilebilirlik açısından otomatik olarak "
                "test ediyoruz.</p>",
            ),
            ("heading", "Henüz erişilebilir olmayanlar"),
            (
                "paragraph",
                "<ul><li>Kuruluşların ve mekânların haritası JavaScript gerektirir ve ekran "
                "okuyucuyla kullanılması zordur. Haritada gösterilen her şey, Kuruluşlar ve "
                "mekânlar bölümündeki listede de yer alır.</li><li>Arapça, Türkçe ve Urduca "
                "metinler editörlerimiz tarafından çevrildi ve henüz anadili bu dil olan kişiler "
                "tarafından okunmadı. Anlaşılmayan bir şey varsa bize haber "
                "verin.</li><li>Urduca, telefonunuzun kendi yazı tipleriyle gösterilir. Bazı eski "
                "telefonlarda birkaç harf yanlış görünebilir.</li><li>Kuruluşların paylaştığı "
                "resim ve belgelerde iyi bir açıklama eksik olabilir. Başka bir sürümünü "
                "edinmenize memnuniyetle yardımcı oluruz.</li></ul>",
            ),
        ],
    },
    "privacy": {
        "title": "Gizlilik politikası",
        "slug": "gizlilik-politikasi",
        "intro": (
            "Vores Ishøj sizinle ilgili hangi bilgileri, neden ve ne kadar süre saklıyor – ve "
            "bunları nasıl sildirebilirsiniz."
        ),
        "listing_summary": "Vores Ishøj kişisel verilerinizi nasıl işliyor.",
        "body": [
            ("heading", "Bize iyi bir hikâye önerdiğinizde"),
            (
                "paragraph",
                "<p>Hikâye hakkında yazdıklarınızı, adınızı, e-posta adresinizi, verirseniz "
                "telefon numaranızı ve gönderirseniz bir fotoğrafı saklarız. İletişim "
                "bilgilerinizi size öneriniz hakkında soru sormak için kullanırız. Bu bilgiler "
                "hiçbir zaman yayımlanmaz – öneri bir hikâyeye dönüştüğünde bile. Öneriyi yalnızca "
                "editörler ve moderatörler okuyabilir.</p>"
                "<p>Fotoğraf yalnızca editörlerin sisteminde gösterilir. Yayımlamamıza izin "
                "verdiyseniz hikâyeyle birlikte yer alabilir; fotoğrafçı olarak kimin adının "
                "geçeceğini sizinle birlikte kararlaştırırız. Fotoğrafın nerede ve hangi cihazla "
                "çekildiğini gösterebilecek bilgileri dosyadan sileriz.</p>"
                "<p>Hikâye yayımlandığında ya da öneriyi kullanmamaya karar verdiğimizde – ve en "
                "geç önerinizi aldıktan altı ay sonra – öneriyi iletişim bilgilerinizle ve "
                "fotoğrafla birlikte sileriz.</p>",
            ),
            ("heading", "Gönüllü yazar olmak istediğinizde"),
            (
                "paragraph",
                "<p>Adınızı, e-posta adresinizi, derneğinizi ve neden yazmak istediğinizle ilgili "
                "yazdıklarınızı saklarız – ancak formda buna onay verdiyseniz. Editörler bunları "
                "başvurunuzu değerlendirmek için kullanır ve başvurunuzu yalnızca editörler "
                "okuyabilir.</p>"
                "<p>Hayır dersek başvuruyu hemen sileriz. Evet dersek, Vores Ishøj için yazdığınız "
                "sürece adınız ve e-posta adresinizle bir kullanıcı hesabınız olur; başvurunun "
                "kendisini en geç aldıktan altı ay sonra sileriz. Bırakmak istediğinizde bize "
                "söyleyin, hesabı kapatalım.</p>",
            ),
            ("heading", "Hikâye ve etkinlik yazdığınızda"),
            (
                "paragraph",
                "<p>Gönüllüler, gelişim temsilcileri ve editörler kendi kullanıcı hesaplarıyla "
                "yazar. Hikâye ve etkinlik taslaklarını, kaydedilen her sürümü, moderasyon "
                "yorumlarını ve kimin ne yaptığını gösteren bir kaydı saklarız; böylece editörler "
                "bir metni kimin yazıp onayladığını görebilir. Sayfada yalnızca yazar olarak "
                "yazılan ad görünür.</p>"
                "<p>Taslaklar ve sürümler sayfa var olduğu sürece saklanır ve sayfayla birlikte "
                "silinir.</p>",
            ),
            ("heading", "Siteyi ziyaret ettiğinizde"),
            (
                "paragraph",
                "<p>Sunucu, IP adresinizi, saati, istediğiniz sayfayı ve tarayıcınızın adını bir "
                "kayda yazar. Bu kaydı siteyi güvende tutmak ve hataları bulmak için kullanır, 30 "
                "gün sonra sileriz. Bir form gönderdiğinizde, istenmeyen iletileri yavaşlatmak için "
                "IP adresinizi bir saat hatırlarız. Biri editör girişinde yanlış parola yazarsa, "
                "tahminleri yavaşlatmak için giriş duraklatıldığı sürece IP adresini, tarayıcının "
                "adını ve kullanıcı adını saklarız – en fazla bir gün.</p>"
                "<p>Yalnızca form göndermek ve giriş yapmak için gereken çerezleri kullanırız – "
                "istatistik ya da reklam için hiçbirini kullanmayız. Site, kuruluşlar ve mekânlar "
                "haritası dışında başkalarından hiçbir şey yüklemez: Harita, harita görüntülerini "
                "OpenStreetMap'ten alır ve OpenStreetMap bu nedenle IP adresinizi görür. Kuruluşlar "
                "ve mekânlar bölümündeki liste aynı bilgileri haritasız gösterir.</p>",
            ),
            ("heading", "Neden buna iznimiz var"),
            (
                "paragraph",
                "<p>Verileri, belediyenin Ishøj'deki yaşamı anlatma görevini yerine getirmek için "
                "(Genel Veri Koruma Tüzüğü madde 6(1)(e)), fotoğrafları ve gönüllü başvurularını "
                "ise onayınızla (madde 6(1)(a)) işleriz. Verilerinizi başka kimseye vermeyiz.</p>",
            ),
        ],
    },
}


DIRECTORY = {
    "index": {
        "title": "Kuruluşlar ve mekânlar",
        "intro": (
            "Burada şehrin derneklerini, gönüllü girişimlerini, ağlarını ve belediye hizmetlerini "
            "– ve bunların buluştuğu yerleri – bulabilirsiniz. Tema, hedef kitle, dil ya da semte "
            "göre arayın ve aralarına katılabileceğiniz insanları keşfedin."
        ),
    },
    "map": {
        "title": "Ishøj haritası",
        "intro": (
            "Şehrin derneklerinin ve hizmetlerinin nerede bulunduğunu haritada görün. Birçok mekân "
            "birden fazla topluluğa ev sahipliği yapıyor – orada kimlerin buluştuğunu görmek için "
            "bir mekân seçin ya da tema, hedef kitle ve dile göre filtreleyin."
        ),
    },
    "neighbourhoods": {
        "vejleaaparken": "Vejleåparken",
        "ishoj-centrum": "Ishøj Merkezi",
        "ishoj-strand": "Ishøj Strand",
        "ishoj-landsby": "Ishøj Köyü",
        "gadekaeret": "Gadekæret",
        "tranegilde": "Tranegilde",
        "torslunde": "Torslunde",
    },
    "themes": {
        "faellesskab": "Topluluk",
        "boern-og-familie": "Çocuklar ve aileler",
        "natur-og-klima": "Doğa ve iklim",
        "kultur": "Kültür",
        "sundhed": "Sağlık",
        "uddannelse-og-job": "Eğitim ve iş",
        "frivillighed": "Gönüllülük",
        "demokrati": "Demokrasi",
    },
    "places": {
        "glashuset": {
            "title": "Glashuset Mahalle Evi",
            "listing_summary": (
                "Vejleåparken'in tam ortasındaki mahalle evi: Komşular, dernekler ve ağlar burada "
                "kafe buluşmaları, takas pazarları ve ödev yardımı için bir araya geliyor."
            ),
            "description": (
                "<p>Glashuset, Vejleåparken'in buluşma yeridir: büyük cam duvarlı, aydınlık bir "
                "bina; ortak bir mutfak ve sakinlerin, derneklerin ve ağların ödünç alabildiği "
                "odalar. Yeni ebeveynler kafesi, kadın ağı ve ödev kafesi burada buluşan "
                "gruplardan yalnızca birkaçı.</p><p>Ev, ebeveyn ağının takas pazarına ev sahipliği "
                "yapan iki yerden de biri; pazar sırayla burada ve Bredekærgård'da kuruluyor. Bir "
                "bardak çay içmeye uğrayın – içeride neredeyse her zaman birileri vardır.</p>"
            ),
            "opening_hours": "Pazartesi–Cuma 09.00–21.00\nCumartesi–Pazar 10.00–16.00",
            "photo_alt": (
                "Akşam ışığında Vejleåparken'deki Glashuset: Pencerelerde ışıklar yanıyor, "
                "insanlar içeri giriyor."
            ),
        },
        "systuen": {
            "title": "Vejleåparken Dikiş Atölyesi",
            "listing_summary": (
                "I tråd med verden girişimindeki kadınların giysi dikip onardığı ve sattığı atölye."
            ),
            "description": (
                "<p>Dikiş atölyesi Vejleåparken'de, bir binanın zemin katında yer alıyor; içinde "
                "dikiş makineleri, kesim masaları ve küçük bir dükkân var. Sosyal girişim I tråd "
                "med verden burada siparişler, tamirler ve kendi koleksiyonları üzerinde çalışıyor "
                "– çocuk giysileri de bunlar arasında.</p><p>Sokaktan basamaksız giriş var. Neler "
                "dikildiğini görmek isterseniz ya da yaptırmak istediğiniz bir şey varsa, açık "
                "olduğu saatlerde uğrayın.</p>"
            ),
            "opening_hours": "Pazartesi–Perşembe 09.00–15.00\nCuma 09.00–13.00",
        },
        "ishoj-idraetscenter": {
            "title": "Ishøj Spor ve Boş Zaman Merkezi",
            "listing_summary": (
                "Vejledalen'de spor salonları, sahalar ve toplantı odaları; şehrin birçok spor "
                "kulübü burada antrenman yapıyor."
            ),
            "description": (
                "<p>Vejledalen'deki spor ve boş zaman merkezinde spor salonları, açık hava "
                "sahaları, toplantı odaları ve bir kafe bulunuyor. Gündüzleri merkezi okullar "
                "kullanıyor; öğleden sonra ve akşamları ise sıra kulüplere geçiyor.</p><p>Birinci "
                "kata asansörle çıkılabiliyor; giriş holünün yanında engelli tuvaleti var.</p>"
            ),
            "opening_hours": "Pazartesi–Cuma 07.00–22.00\nCumartesi–Pazar 08.00–20.00",
        },
        "bredekaergaard": {
            "title": "Bredekærgård Çiftliği",
            "listing_summary": (
                "Tranegilde'deki eski çiftlik: hayvanlar, oyun parkı, yerel tarih arşivi ve "
                "çocuklu aileler için pazar buluşmaları."
            ),
            "description": (
                "<p>Bredekærgård, Tranegilde'de, geçmişi 1600'lü yıllara uzanan eski bir "
                "çiftliktir. Bugün belediyeye ait olan çiftlikte hayvanlar, bir oyun parkı, doğa "
                "etkinlikleri ve Ishøj Yerel Tarih Arşivi bulunuyor.</p><p>Her ayın ilk pazar günü "
                "Çocuklar İçin Etkinlikler ebeveyn ağı herkesi çiftlikteki pazar buluşmasına davet "
                "ediyor. Takas pazarı da iki seferden birinde burada kuruluyor.</p>"
            ),
            "opening_hours": "Çiftlik avlusu: her gün, gün ışığı boyunca\nArşiv: Salı 14.00–17.00",
            "photo_alt": (
                "Güneşli bir günde Bredekærgård'ın kırmızı çatılı, açık renkli çiftlik binaları; "
                "avluda çocuklar var."
            ),
        },
        "ishoj-bibliotek": {
            "title": "Ishøj Kütüphanesi",
            "listing_summary": (
                "Ishøj Store Torv'daki şehir kütüphanesi: birçok dilde kitaplar, çalışma alanları "
                "ve ödev kafesi."
            ),
            "description": (
                "<p>Ishøj Store Torv'daki kütüphane herkese açıktır. Birçok dilde kitap, film ve "
                "müziğin yanı sıra çalışma alanları, bilgisayarlar, çevrimiçi resmî işlemler için "
                "yardım ve çocuklarla yetişkinlere yönelik etkinlikler de sizi "
                "bekliyor.</p><p>Haftada iki öğleden sonra gönüllüler çocuk ve gençlik bölümünde "
                "ödev kafesi düzenliyor. Görevli bulunmayan saatlerde sağlık kartınızla "
                "(sundhedskort) içeri girebilirsiniz.</p>"
            ),
            "opening_hours": (
                "Görevli bulunan saatler: Pazartesi–Cuma 10.00–18.00, Cumartesi "
                "10.00–14.00\nSelf-servis: her gün 07.00–22.00"
            ),
        },
        "ishoj-raadhus": {
            "title": "Ishøj Belediye Binası",
            "listing_summary": (
                "Ishøj Store Torv'daki belediye binası: Belediye meclisi, Ungerådet ve Yurttaşlık "
                "ve Demokrasi Forumu burada toplanıyor."
            ),
            "description": (
                "<p>Ishøj Store Torv'daki belediye binasında belediye yönetimi ve meclis salonu "
                "bulunuyor. Belediye meclisinin toplantıları, dinlemek isteyen herkese "
                "açıktır.</p><p>Gençlik meclisi Ungerådet ile Yurttaşlık ve Demokrasi Forumu da "
                "burada toplanıyor. Meclis salonunda ve ikinci kattaki toplantı odalarında işitme "
                "cihazı kullananlar için indüksiyon döngüsü var.</p>"
            ),
            "opening_hours": "Pazartesi–Perşembe 08.00–15.00\nCuma 08.00–13.00",
        },
        "brohuset": {
            "title": "Brohuset Toplum ve Sağlık Merkezi",
            "listing_summary": (
                "Ishøj'ün Vejlebrovej'deki toplum ve sağlık merkezi: dernekler, ağlar ve sağlık "
                "hizmetleri için odalar."
            ),
            "description": (
                "<p>Brohuset, belediyenin Ishøj İstasyonu'na yakın toplum ve sağlık merkezidir. "
                "Belediyenin sağlık hizmetleri burada; toplantı odaları, bir salon, bir emekliler "
                "atölyesi ve büyük bir ortak mutfaktan oluşan dernek ve ağ alanıyla yan yana yer "
                "alıyor.</p><p>Şehrin birçok derneği burada düzenli olarak buluşuyor. Bina, farklı "
                "gruplardan insanlar birbiriyle karşılaşsın diye tasarlandı – mutfakta, "
                "koridorlarda ve ortak etkinliklerde.</p>"
            ),
            "opening_hours": (
                "Pazartesi–Cuma 08.00–21.00\nCumartesi–Pazar: dernekler için önceden anlaşarak"
            ),
        },
        "arken": {
            "title": "Arken Sanat Müzesi",
            "listing_summary": (
                "Ishøj'de sahildeki modern sanat müzesi: değişen sergiler, heykel parkı ve "
                "çocuklar için etkinlikler."
            ),
            "description": (
                "<p>Arken – Modern Sanat Müzesi, Ishøj Sahil Parkı'nda, tam Køge Körfezi'nin "
                "kıyısında yer alıyor. Bina, kumullarda karaya oturmuş bir gemiyi andırıyor; "
                "içeride ise Danimarka'dan ve dünyadan çağdaş sanat, değişen sergilerle "
                "sunuluyor.</p><p>Hafta sonları ve okul tatillerinde çocuklar ve aileler için "
                "atölyeler düzenleniyor. Müzenin çevresindeki heykel parkını ücretsiz "
                "gezebilirsiniz.</p>"
            ),
            "opening_hours": "Salı–Pazar 10.00–17.00\nÇarşamba 21.00'e kadar\nPazartesi kapalı",
        },
        "ishoj-strand": {
            "title": "Ishøj Plajı",
            "listing_summary": (
                "Køge Körfezi Sahil Parkı'ndaki uzun kumsal: kumullar, lagünler ve su kenarı "
                "boyunca uzanan yürüyüş yolları."
            ),
            "description": (
                "<p>Ishøj Plajı, 1970'lerde düzenlenen Køge Körfezi Sahil Parkı'nın (Køge Bugt "
                "Strandpark) bir parçasıdır. Kilometrelerce kumsalın, kumulların ve lagünlerin "
                "bulunduğu parkta su kenarındaki yollar yürüyüşçüler, koşucular ve bisikletlilerle "
                "dolup taşar.</p><p>Danimarka Doğa Koruma Derneğinin Ishøj şubesi yılda birkaç kez "
                "burada çöp toplamak için buluşuyor. Suya kadar basamaksız erişim her noktada "
                "bulunmuyor.</p>"
            ),
            "opening_hours": "Gece gündüz açık",
            "photo_alt": (
                "Bir yaz günü Ishøj Plajı: mavi deniz, açık renkli kum ve kumsalda insanlar."
            ),
        },
        "gadekaerets-beboerhus": {
            "title": "Gadekæret Sakinler Evi",
            "listing_summary": (
                "Gadekæret sakinlerinin ortak evi: etkinlik salonu, mutfak ve kulüpler ile "
                "toplantılar için odalar."
            ),
            "description": (
                "<p>Sakinler evi, Gadekæret'in toplanma yeridir. Sakinler derneği burada ortak "
                "yemekler, bit pazarları ve site toplantıları düzenliyor; sakinler de salonu aile "
                "kutlamaları için kiralayabiliyor.</p><p>Ev zemin katta yer alıyor; basamaksız "
                "girişi ve engelli tuvaleti var.</p>"
            ),
            "opening_hours": "Ofis saatleri: Salı 17.00–19.00\nKiralama: önceden anlaşarak",
        },
        "faelleshaven": {
            "title": "Ishøj Köyü Ortak Bahçesi",
            "listing_summary": (
                "Eski köyde ortak bir sebze bahçesi: Herkes ekime, ot temizliğine ve hasada "
                "katılabilir."
            ),
            "description": (
                "<p>Ortak bahçe, Ishøj Köyü'nün eski evlerinin arkasında yer alıyor. Gönüllüler "
                "yükseltilmiş tarhlarda sebze, aromatik bitki ve çiçek yetiştiriyor; hasat da emek "
                "verenler arasında paylaşılıyor.</p><p>Yollar çakıl kaplı ve bahçede tuvalet yok. "
                "Bahçe gün boyunca herkese açık.</p>"
            ),
            "opening_hours": (
                "Her gün gün doğumundan gün batımına kadar\nOrtak bahçe günü: Cumartesi "
                "10.00–13.00 (nisan–ekim arası)"
            ),
        },
        "torslunde-forsamlingshus": {
            "title": "Torslunde Köy Salonu",
            "listing_summary": (
                "Köyün eski toplantı evi: Köy derneği burada kutlamalar, söyleşiler ve yıllık "
                "genel kurulunu düzenliyor."
            ),
            "description": (
                "<p>Köy salonu, Torslunde'nin ortak oturma odası gibidir. Köy derneği hasat "
                "şenliğini, Noel kutlamasını ve yöre tarihi üzerine söyleşileri burada düzenliyor; "
                "salon özel kutlamalar için de kiralanabiliyor.</p><p>Bina eski ve girişinde "
                "basamaklar var.</p>"
            ),
            "opening_hours": "Önceden anlaşarak",
        },
    },
    "organisations": {
        "lokalhistorisk-forening": {
            "title": "Ishøj Yerel Tarih Derneği",
            "listing_summary": (
                "Dernek, köylerden ve çiftliklerden bugünün çok renkli şehrine kadar Ishøj'ün "
                "tarihini topluyor, koruyor ve anlatıyor."
            ),
            "description": (
                "<p>Ishøj Yerel Tarih Derneği, Bredekærgård'daki Ishøj Yerel Tarih Arşivi ile "
                "yakın iş birliği içinde çalışıyor. Dernek şehir yürüyüşleri, söyleşiler ve "
                "sergiler düzenliyor; ailesinin ya da evinin geçmişini araştırmak isteyen "
                "sakinlere yardım ediyor.</p><p>Yeni kuşakları ve Ishøj'ün yeni sakinlerini "
                "çiftliğe getiren Çocuklar İçin Etkinlikler ebeveyn ağı da derneğe bağlı. Dernek; "
                "eski fotoğrafları kayda geçirmeye yardım edecek ve şehrin yaşlı sakinleriyle "
                "onların gözünden Ishøj üzerine söyleşiler yapacak gönüllüler arıyor.</p>"
            ),
        },
        "aktiviteter-for-boern": {
            "title": "Çocuklar İçin Etkinlikler",
            "listing_summary": (
                "Yerel Tarih Derneğine bağlı bir ebeveyn ağı: Aileler için güzel deneyimler "
                "yaratıyor ve şehrin dört bir yanından insanları bir araya getiriyor."
            ),
            "description": (
                "<p>Çocuklar İçin Etkinlikler, çocuklara, ailelerine ve arkadaşlarına güzel "
                "deneyimler yaşatmak isteyen ebeveynlerin yeni kurduğu bir ağdır. Bu sırada şehrin "
                "dört bir yanından insanlar birbirini tanıyor ve Ishøj'ün güzel hikâyesi "
                "anlatılıyor.</p><p>Her ayın ilk pazar günü Bredekærgård'da oyunlar, hayvanlar ve "
                "her an hazır kahveyle bir pazar buluşması oluyor. Şehrin her yerinden daha fazla "
                "insanı çekmek için ağ, Vejleåparken'deki Glashuset ile birlikte takas pazarı "
                "düzenlemeye başladı; pazar sırayla çiftlikte ve Glashuset'te kuruluyor. Bu sayede "
                "Bredekærgård'a daha önce hiç gelmemiş sakinler geldi, hatta ta Kopenhag ve "
                "Gentofte'den ziyaretçiler oldu.</p><p>Glashuset ile iş birliği, aralarında yeni "
                "ebeveynler kafesinin de bulunduğu birçok yeni fikri hayata geçirdi. Bir etkinliği "
                "üstlenmek isterseniz ağa yazın.</p>"
            ),
        },
        "glashuset-beboerhus": {
            "title": "Glashuset Sakinler Evi",
            "listing_summary": (
                "Vejleåparken'de sakinlerin yürüttüğü bir buluşma yeri: açık ev günleri, ortak "
                "yemekler ve yeni girişimler için alan."
            ),
            "description": (
                "<p>Glashuset'i, gönüllü site sakinlerinden oluşan bir grup, bölgenin sosyal "
                "çalışanlarıyla birlikte yürütüyor. Evde açık ev günleri, ortak yemekler ve dil "
                "kafesi düzenleniyor; yeni bir şey başlatmak isteyen sakinlere de odalar ödünç "
                "veriliyor.</p><p>Glashuset'in itici güçleri, şehrin başka kesimleriyle köprüler "
                "kurdu: Ev, Çocuklar İçin Etkinlikler ile birlikte takas pazarı düzenliyor ve yeni "
                "ebeveynler kafesi de tam bu iş birliğinden doğdu. Yeni fikirler her zaman "
                "memnuniyetle karşılanır.</p>"
            ),
        },
        "barselscafeen": {
            "title": "Glashuset'teki Yeni Ebeveynler Kafesi",
            "listing_summary": (
                "Bebeği yeni doğmuş, izindeki ebeveynler için bir kafe: Sakinlerin kendisi "
                "başlattı, sağlık hemşireleri de ziyarete geliyor."
            ),
            "description": (
                "<p>Her salı sabahı yeni anne babalar ve bebekleri; kahve, sohbet ve minderde oyun "
                "için Glashuset'te buluşuyor. Kafeyi anneler kendileri kurdu ve kendileri "
                "yürütüyor – fikir, Glashuset ile Çocuklar İçin Etkinlikler ebeveyn ağı arasındaki "
                "iş birliğinden doğdu.</p><p>Sağlık hemşireleri daha önce bölgede bir yeni ebeveyn "
                "grubu kurmayı denemiş, ama başaramamıştı. Şimdi durum tam tersi: Kafe, emzirme, "
                "uyku ve bebeğin iyiliği konusundaki bilgilerini paylaşmaları için sağlık "
                "hemşirelerini davet ediyor. Anneler kafe sayesinde I tråd med verden ile de "
                "tanıştı; atölye bugün onların çocukları için giysi dikiyor.</p>"
            ),
        },
        "i-traad-med-verden": {
            "title": "I tråd med verden Dikiş Atölyesi",
            "listing_summary": (
                "Kadınların giysi dikip onardığı ve sattığı bir sosyal girişim atölyesi – burada "
                "kazanılan deneyim bir işe kapı açabilir."
            ),
            "description": (
                "<p>I tråd med verden (Danca “dünyayla uyum içinde” demektir; isimdeki “tråd” "
                "kelimesi aynı zamanda “iplik” anlamına gelir), Vejleåparken'de bir sosyal "
                "girişimdir. Çok farklı geçmişlerden gelen kadınlar siparişe göre giysi, çanta ve "
                "tekstil ürünleri dikiyor, tamir yapıyor ve mesleği sıfırdan öğreniyor. Elde "
                "edilen kâr yeniden atölyeye aktarılıyor.</p><p>Glashuset'teki yeni ebeveynler "
                "kafesine gelen anneler atölyeyi duyunca, kadınlara çocukları için giysi dikip "
                "dikemeyeceklerini sordular. Bugün çocuk giysileri ürün yelpazesinin kalıcı bir "
                "parçası – ve yerel iş birliğinin Ishøj'deki küçük bir işletmeye nasıl yeni "
                "müşteriler kazandırdığının güzel bir örneği.</p>"
            ),
        },
        "dn-ishoj": {
            "title": "Danimarka Doğa Koruma Derneği, Ishøj Şubesi",
            "listing_summary": (
                "Yerel şube Ishøj'de doğa için çalışıyor ve herkesi çöp toplama günlerine, doğa "
                "yürüyüşlerine ve iklim etkinliklerine davet ediyor."
            ),
            "description": (
                "<p>Danimarka Doğa Koruma Derneğinin (Danmarks Naturfredningsforening) Ishøj "
                "şubesi, ülkenin en büyük doğa ve çevre kuruluşunun yerel koludur. Şube, "
                "belediyenin doğa ve iklim planlarını takip ediyor; sahilde, Ishøj Gölü çevresinde "
                "ve Vejleå vadisinde rehberli yürüyüşler düzenliyor.</p><p>Gönüllüler yılda birkaç "
                "kez Ishøj Plajı'nda çöp topluyor – herkes katılabilir, eldivenleri ve torbaları "
                "dernek getiriyor. Bir hafta sonu çöp toplama günü, ebeveyn ağının takas pazarıyla "
                "aynı güne denk geldi ve iki tarafın da bundan haberi yoktu. Şube artık "
                "başkalarıyla birlikte plan yapmak istiyor; böylece iklime hep birlikte daha fazla "
                "dikkat çekebiliriz.</p>"
            ),
        },
        "ungeraadet": {
            "title": "Ungerådet – Gençlik Meclisi",
            "listing_summary": (
                "Ishøj'ün gençlerinin kendi meclisi var: Gençlik meclisi belediye meclisine görüş "
                "bildiriyor ve gençler için projeler başlatıyor."
            ),
            "description": (
                "<p>Ungerådet, Ishøj'de yaşayan ya da okula giden 13–21 yaş arası gençlerden "
                "oluşuyor. Gençlik meclisi, gençleri ilgilendiren konularda belediye meclisine "
                "görüşlerini iletiyor; konserler, tartışma toplantıları ve turnuvalar gibi kendi "
                "projeleri için de bir fonu var.</p><p>Gençlik meclisi ayda bir kez belediye "
                "binasında toplanıyor. Her sonbahar seçim yapılıyor ve Ishøj'deki her genç aday "
                "olabilir.</p>"
            ),
        },
        "medborger-og-demokratiforum": {
            "title": "Yurttaşlık ve Demokrasi Forumu",
            "listing_summary": (
                "Sakinlerin, derneklerin ve siyasetçilerin Ishøj'de yurttaşlığı, katılımı ve "
                "demokrasiyi konuştuğu bir forum."
            ),
            "description": (
                "<p>Yurttaşlık ve Demokrasi Forumu; derneklerin, konut bölgelerinin ve belediye "
                "meclisinin temsilcilerini bir araya getiriyor. Forum, daha fazla sakinin şehrin "
                "topluluklarına ve demokrasiye nasıl katılabileceği konusunda belediye meclisine "
                "danışmanlık yapıyor ve Brohuset'te herkese açık tematik toplantılar "
                "düzenliyor.</p><p>Belediyenin iletişim birimi, forumun çalışmalarını ve bu "
                "çalışmalardan doğan güzel hikâyeleri duyurmasına yardımcı oluyor.</p>"
            ),
        },
        "ishoj-bibliotek": {
            "title": "Ishøj Halk Kütüphanesi",
            "listing_summary": (
                "Belediyenin halk kütüphanesi: Her yaştan insan için ve birçok dilde ödünç alma, "
                "okuma, dijital yardım ve etkinlikler."
            ),
            "description": (
                "<p>Ishøj Kütüphanesi; ödünç almak, okumak, öğrenmek ya da sadece bir yerde vakit "
                "geçirmek isteyen herkes içindir. Personel birçok dilde kitap ve film konusunda, "
                "MitID ve dijital posta (Digital Post) konusunda ve eğitim sisteminde yolunuzu "
                "bulmanızda size yardımcı oluyor.</p><p>Kütüphane yazar akşamları, dil kafeleri, "
                "seçim öncesi adaylarla buluşmalar ve çocuklar için okuma kulüpleri düzenliyor. "
                "Dernekler toplantı odalarını ödünç alabiliyor; kütüphane de yerel kişi ve "
                "gruplarla birlikte yeni etkinlikler düzenlemekten memnuniyet duyuyor.</p>"
            ),
        },
        "arken": {
            "title": "Arken – Modern Sanat Müzesi",
            "listing_summary": (
                "Danimarka'nın büyük sanat müzelerinden biri: çağdaş sanat sergileri, okul "
                "programları ve aile atölyeleri."
            ),
            "description": (
                "<p>Arken, Danimarka'dan ve dünyadan modern ve çağdaş sanat eserleri sergiliyor ve "
                "geniş bir yakın dönem sanat koleksiyonuna sahip. Müzenin eğitim ekibi bölgenin "
                "her yerinden okul sınıflarını ağırlıyor; okul tatillerinde ise çocukların ve "
                "yetişkinlerin birlikte sanat ürettiği atölyeler düzenleniyor.</p><p>Müze, tüm "
                "Ishøj için bir buluşma yeri olmak istiyor; rehberli turlar ve etkinlikler için "
                "yerel dernekler ve konut bölgeleriyle iş birliği yapıyor.</p>"
            ),
        },
        "sundhedsplejen": {
            "title": "Ishøj Sağlık Hemşireliği Hizmeti",
            "listing_summary": (
                "Belediyenin sağlık hemşireleri, çocukların sağlığını ve gelişimini doğumdan "
                "itibaren takip ediyor ve aileleri evlerinde ziyaret ediyor."
            ),
            "description": (
                "<p>Sağlık hemşireliği hizmeti, Ishøj'de yeni doğmuş bebeği olan her aileye ev "
                "ziyareti sunuyor; çocukların ilk yıllarında ve okul yılları boyunca sağlığını, "
                "mutluluğunu ve gelişimini takip ediyor. Sağlık hemşireleri tercüman desteğinden "
                "yararlanabiliyor; böylece görüşme ailenin kendi dilinde "
                "yapılabiliyor.</p><p>Sağlık hemşireleri şehrin içine de çıkıyor: Annelerin "
                "kendilerinin kurduğu, Glashuset'teki yeni ebeveynler kafesinin düzenli konukları "
                "arasındalar ve orada emzirme, uyku ve küçük çocuğun gelişimi hakkındaki "
                "bilgilerini paylaşıyorlar.</p>"
            ),
        },
        "ishoj-aktiv": {
            "title": "Ishøj Aktiv Spor Kulübü",
            "listing_summary": (
                "Çocuklar ve gençler için futbol, basketbol ve fitness sunan bir spor kulübü – "
                "spor merkezinde haftada birkaç gün antrenman."
            ),
            "description": (
                "<p>Ishøj Aktiv, gönüllü antrenörler ve ebeveynler tarafından yürütülen bir spor "
                "kulübüdür. Kulüp 6 yaşından itibaren çocuklar ve gençler için futbol, basketbol "
                "ve fitness grupları sunuyor; kadın antrenörlerin çalıştırdığı bir kız takımı da "
                "var.</p><p>Kulüp ödev kafesiyle iş birliği yapıyor; bu sayede bazı genç oyuncular "
                "antrenmandan önce ödevlerini yapmak için buluşuyor. Yardımcı antrenörlere ve "
                "oyuncuları maçlara arabayla götürebilecek ebeveynlere her zaman ihtiyaç var.</p>"
            ),
        },
        "lektiecafeen": {
            "title": "Ödev Kafesi",
            "listing_summary": (
                "Okul çağındaki çocuklar ve gençler için kütüphanede ve Glashuset'te gönüllülerin "
                "verdiği ücretsiz ödev yardımı."
            ),
            "description": (
                "<p>Ödev kafesinde gönüllüler – üniversite öğrencileri, emekli öğretmenler ve "
                "yardım etmek isteyen diğer kişiler – çocuklara ve gençlere ödevlerinde, "
                "projelerinde ve sınavlara hazırlıkta destek oluyor. Kayıt gerekmiyor; gelmeniz "
                "yeterli.</p><p>Kafe pazartesi ve çarşamba günleri 15.00–17.30 arası Ishøj "
                "Kütüphanesinde, perşembe günleri 16.00–18.00 arası Glashuset'te açık. Kafeyi, "
                "yeni gönüllülerle tanışmaktan her zaman mutluluk duyan Ishøj Gönüllü Merkezi "
                "yürütüyor.</p>"
            ),
        },
        "kvindenetvaerket": {
            "title": "Vejleåparken Kadın Ağı",
            "listing_summary": (
                "Kadınların sohbet etmek, yürüyüş yapmak, birlikte yemek pişirmek ve sağlık, "
                "eğitim ve iş üzerine sunumlar dinlemek için buluştuğu bir ağ."
            ),
            "description": (
                "<p>Kadın ağı, her yaştan ve pek çok farklı anadile sahip kadını bir araya "
                "getiriyor. Ağ her çarşamba Glashuset'te buluşuyor; ayda bir kez de Brohuset'te, "
                "konusunu üyelerin kendilerinin seçtiği bir sunum yapılıyor – sağlıklı beslenmeden "
                "iş aramaya ve haklara kadar.</p><p>Kadınlardan birçoğu I tråd med verden dikiş "
                "atölyesinin yolunu bu ağ sayesinde buldu. Ağ, başka derneklerle birlikte "
                "etkinlikler düzenlemeye de her zaman hevesli.</p>"
            ),
        },
        "seniorklubben": {
            "title": "Ishøj Emekliler Kulübü",
            "listing_summary": (
                "Brohuset'te emekliler için kâğıt oyunları, jimnastik, söyleşiler ve geziler sunan "
                "bir kulüp."
            ),
            "description": (
                "<p>Emekliler kulübü haftada iki kez Brohuset'te kahve, kâğıt oyunları, sandalye "
                "jimnastiği ve keyifli sohbetler için buluşuyor. Kulüp yılda birkaç kez otobüsle "
                "geziye çıkıyor; kış aylarında da söyleşiler düzenleniyor.</p><p>Kulübün Türkçe "
                "konuşan birçok üyesi var. Dünyanın neresinden gelirseniz gelin, yeni üyeler her "
                "zaman hoş karşılanır.</p>"
            ),
        },
        "frivilligcenter-ishoj": {
            "title": "Ishøj Gönüllü Merkezi",
            "listing_summary": (
                "Gönüllü olmak isteyen sakinlere ve gönüllü, danışmanlık ya da mekân arayan "
                "derneklere yardımcı oluyor."
            ),
            "description": (
                "<p>Ishøj Gönüllü Merkezi, şehirdeki gönüllü çalışmaların merkez noktasıdır. "
                "Merkez, insanları uygun gönüllü görevlerle buluşturuyor, derneklere yönetim "
                "kurulu çalışmaları ve hibe başvuruları konusunda danışmanlık veriyor ve yeni "
                "gönüllüler için kurslar düzenliyor.</p><p>Ödev kafesini merkez yürütüyor; ayrıca "
                "daha fazla insanı şehrin topluluklarına katmak için Glashuset ve Yurttaşlık ve "
                "Demokrasi Forumu ile birlikte çalışıyor. Nerede fark yaratabileceğinizi öğrenmek "
                "isterseniz Brohuset'e uğrayın.</p>"
            ),
        },
        "beboerforeningen-gadekaeret": {
            "title": "Gadekæret Sakinler Derneği",
            "listing_summary": (
                "Gadekæret sakinleri bölgede ortak yemekler, bit pazarı ve yeşil günler düzenliyor."
            ),
            "description": (
                "<p>Sakinler derneğini Gadekæret sakinleri seçiyor; dernek iyi ve güvenli bir "
                "yaşam alanı için çalışıyor. Her ayın son cuma günü ortak yemek, ilkbaharda bit "
                "pazarı ve sakinlerin ortak alanlarda bitki dikip temizlik yaptığı yeşil günler "
                "düzenliyor.</p><p>Planlamaya katılmak isterseniz sakinler evindeki açık yönetim "
                "kurulu toplantılarından birine gelin.</p>"
            ),
        },
        "faelleshaven-ishoj-landsby": {
            "title": "Ishøj Köyü Bahçe Grubu",
            "listing_summary": (
                "Ishøj Köyü'ndeki ortak bahçeyi eken, hasadı ve deneyimlerini birbiriyle paylaşan "
                "gönüllüler."
            ),
            "description": (
                "<p>Bahçe grubu, komşuların ve Ishøj'ün dört bir yanından bahçe meraklılarının "
                "Ishøj Köyü'ndeki ortak bahçede birlikte sebze yetiştirdiği gönüllü bir "
                "girişimdir. Bahçecilik deneyimi gerekmez – patates dikmeyi ya da domatesleri "
                "bağlamayı gösterecek biri her zaman vardır.</p><p>Nisandan ekime kadar cumartesi "
                "sabahları ortak bahçe günü yapılıyor. Bahçe grubu, tohum takası ve böcek dostu "
                "tarhlar için Danimarka Doğa Koruma Derneğinin Ishøj şubesiyle iş birliği "
                "yapıyor.</p>"
            ),
        },
        "torslunde-landsbylaug": {
            "title": "Torslunde Köy Derneği",
            "listing_summary": (
                "Dernek, Torslunde sakinlerini kutlamalar, söyleşiler ve köyün yeşil alanlarının "
                "bakımı için bir araya getiriyor."
            ),
            "description": (
                "<p>Torslunde Köy Derneği, Ishøj'ün batısındaki bu küçük köyün sakinlerinin "
                "derneğidir. Dernek köy salonunda hasat şenliği ve Noel kutlaması düzenliyor, yöre "
                "tarihi üzerine söyleşiler organize ediyor ve köy göletinin ve yeşil alanların "
                "bakımını üstleniyor.</p><p>Torslunde'de yaşayan herkes üye olabilir.</p>"
            ),
        },
        "ambassadoernetvaerket": {
            "title": "Ishøj Elçiler Ağı",
            "listing_summary": (
                "Ishøj'e dair güzel hikâyeleri komşulara, iş arkadaşlarına ve buraya taşınmayı "
                "düşünenlere aktaran sakinler."
            ),
            "description": (
                "<p>Elçiler ağı, Ishøj'ü seven ve şehri başkalarına anlatmak isteyen herkes "
                "içindir. Elçiler şehrin güzel hikâyelerini paylaşıyor, yeni gelenlere şehri "
                "gezdiriyor ve görülmeyi hak eden girişimler hakkında Vores Ishøj sekreteryasına "
                "bilgi veriyor.</p><p>Ağın sabit bir buluşma yeri yok; yılda birkaç kez şehrin "
                "farklı yerlerinde, her seferinde başka bir derneğin konuğu olarak buluşuyor. "
                "Kartopu işte böyle büyüyor: Ne kadar çok paylaşırsak, o kadar çok insan birbirini "
                "buluyor.</p>"
            ),
        },
    },
}
