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
}
