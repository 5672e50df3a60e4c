STORIES = {
    "index": {
        "title": "Güzel hikâyeler",
        "slug": "guzel-hikayeler",
        "intro": (
            "Ishøj'de fark yaratan insanların, derneklerin ve girişimlerin hikâyeleri – bir de "
            "başka yerlerden biraz ilham. Sizin de anlatacak güzel bir hikâyeniz varsa bize yazın."
        ),
        "listing_summary": "Ishøj'ün güzel hikâyeleri, onları yaşayanların ağzından.",
        "search_description": (
            "Ishøj'den güzel hikâyeler: veli ağı, takas pazarları, yeni ebeveynler kafesi, dikiş "
            "atölyesi, ödev kafesi ve daha fazlası."
        ),
    },
    "story_tip": {
        "title": "Bize güzel bir hikâye haber verin",
        "slug": "bize-haber-verin",
        "intro": (
            "Ishøj'de güzel bir şeye tanık oldunuz mu – fark yaratan bir dernek, bir girişim ya da "
            "bir insan? Bize anlatın. Sekretarya gelen her ipucunu okur ve hikâyeyi yazmak "
            "istersek sizinle iletişime geçer."
        ),
        "thank_you": (
            "İpucunuz için teşekkürler! Bir hafta içinde okuyacağız; hikâyeyi anlatmak istersek "
            "size ulaşacağız."
        ),
        "listing_summary": "Ishøj'de olan güzel bir şeyi editörlere anlatın.",
        "search_description": "Derneğinizden ya da mahallenizden güzel bir hikâyeyi Vores Ishøj'e bildirin.",
    },
    "volunteer_signup": {
        "title": "Gönüllü yazar olun",
        "slug": "gonullu-yazar-olun",
        "intro": (
            "Derneğinizin, mahallenizin ya da ağınızın güzel hikâyelerini siz yazın. Gönüllü yazar "
            "olarak Vores Ishøj'de bir hesabınız olur, başlangıçta size yardım edilir ve "
            "hikâyeniz yayımlanmadan önce bir editör onu okur."
        ),
        "thank_you": (
            "İlginiz için teşekkürler! Hesabınız açıldığında sekretarya size geri dönecek."
        ),
        "listing_summary": "Güzel hikâyeleri kendiniz yazın – yanınızda bir editörle.",
        "search_description": "Vores Ishøj'de gönüllü yazar olun, şehrin güzel hikâyelerini anlatın.",
    },
    "stories": {
        "soendagshygge": {
            "title": "Bredekærgård'da pazar buluşmaları şehrin dört bir yanından aileleri bir araya getiriyor",
            "slug": "bredekaergaardda-pazar-bulusmalari",
            "lead": (
                "Her ayın ilk pazarı, Çocuklar İçin Etkinlikler adlı veli ağı Tranegilde'deki eski "
                "çiftliği oyun, kahve ve yeni dostluklarla dolduruyor."
            ),
            "listing_summary": (
                "Yeni kurulan bir veli ağı, her ay herkesi Bredekærgård'da keyifli bir pazar "
                "gününe davet ediyor."
            ),
            "search_description": (
                "Çocuklar İçin Etkinlikler her ayın ilk pazarı Bredekærgård Çiftliği'nde buluşuyor."
            ),
            "hero_alt": "Beyaz binaları ve kırmızı çatılarıyla Bredekærgård Çiftliği, avluda aileler.",
            "press_role": "koordinatör, Çocuklar İçin Etkinlikler",
            "body": [
                (
                    "paragraph",
                    "<p>Bredekærgård'da kahve ve saman kokusu var. Çocuklar çiftlik binalarının "
                    "arasında koşuşturuyor; ambardaki uzun masada ise bir saat önce birbirini hiç "
                    "tanımayan anne babalar sohbet ediyor. Bu, ayda bir yapılan pazar buluşması – "
                    "ve <i>Çocuklar İçin Etkinlikler</i> ağı tam da bunun için kuruldu.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Biz, aile ve arkadaşlar için güzel anılar biriktiren bir veli "
                        "ağıyız. Bu arada şehrin farklı kesimlerinden insanlarla buluşuyor, "
                        "birbirimizi tanıyor ve Ishøj'ün hikâyesini yayıyoruz.",
                        "name": "Çocuklar İçin Etkinlikler",
                        "role": "ağın misyonu",
                    },
                ),
                ("heading", "Yerel Tarih Derneği çatısı altında bir ağ"),
                (
                    "paragraph",
                    "<p>Ağ yeni kuruldu ve merkezi çiftlikte bulunan Ishøj Yerel Tarih Derneği'ne "
                    "bağlı. Bu birliktelik iki tarafa da yarıyor: Dernek, yeni kuşakların şehrin "
                    "tarihini keşfetmesini istiyor; veliler de çocukların oynayabileceği, "
                    "büyüklerin ise rahatça sohbet edebileceği bir yer arıyor.</p>",
                ),
                (
                    "paragraph",
                    "<p>Buluşmalar her ayın ilk pazarı yapılıyor. Kayıt gerekmiyor, komşunuzu da "
                    "getirebilirsiniz. Bir pazar günü siz de bir etkinlik düzenlemek isterseniz "
                    "ağa yazmanız yeterli.</p>",
                ),
            ],
        },
        "affaldsindsamling": {
            "title": "Aynı hafta sonu iki güzel etkinlik – ve kimsenin haberi yoktu",
            "slug": "ayni-hafta-sonu-iki-etkinlik",
            "lead": (
                "Danimarka Doğa Koruma Derneği Ishøj Plajı'nda çöp toplarken veliler de "
                "Glashuset'te takas pazarı kuruyordu. İkisi de iklim içindi, ama biri diğerinden "
                "habersizdi."
            ),
            "listing_summary": (
                "Plaj temizliği ile takas pazarı aynı hafta sonuna denk geldi. Bir dahaki sefere "
                "birlikte planlayacaklar."
            ),
            "search_description": (
                "Doğa Koruma Derneği Ishøj Şubesi ile Çocuklar İçin Etkinlikler, çakışan bir hafta "
                "sonunun ardından etkinliklerini birlikte planlayacak."
            ),
            "hero_alt": "Bir bahar günü Ishøj Plajı: mavi deniz, açık renk kum ve plajda insanlar.",
            "press_role": "başkan, Danimarka Doğa Koruma Derneği Ishøj Şubesi",
            "body": [
                (
                    "paragraph",
                    "<p>Cumartesi sabahı Doğa Koruma Derneği'nin Ishøj şubesinden gönüllüler "
                    "ellerinde çuvallar ve eldivenlerle sahil boyunca yürüdü. Ertesi gün aileler, "
                    "Vejleåparken'deki Glashuset'te kıyafet ve oyuncak takas etti. Aynı mesajı "
                    "veren iki etkinlik – eşyayı yeniden kullan, doğayı koru – ama düzenleyenler "
                    "aynı hafta sonunu seçtiklerinden habersizdi.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Afişlerimizi paylaşabilir, birbirimize eldiven ödünç verebilir, "
                        "iki kat fazla insana ulaşabilirdik. Böyle şeyleri sonradan öğrenmemeliyiz.",
                        "name": "Henrik Bech",
                        "role": "Ishøj şubesi başkanı",
                    },
                ),
                ("heading", "Herkesin görebileceği bir takvim"),
                (
                    "paragraph",
                    "<p>Vores Ishøj tam da bunun için var. Dernekler ve ağlar planlarını tek bir "
                    "yerde paylaştığında, başkalarının neyle uğraştığını görebilir ve birbirlerini "
                    "davet edebilirler. Bir dahaki sefere plaj temizliği ile takas pazarı aynı "
                    "güne denk getirilecek: Sabah çöp toplayıp öğleden sonra takas "
                    "yapabileceksiniz.</p>",
                ),
            ],
        },
        "byttemarked": {
            "title": "Kopenhag'dan ve Gentofte'den ziyaretçi çeken takas pazarı",
            "slug": "ziyaretci-ceken-takas-pazari",
            "lead": (
                "Çocuklar İçin Etkinlikler ve Glashuset, Bredekærgård'da ve Vejleåparken'de "
                "sırayla takas pazarı düzenliyor. Pazar iki mekâna da yeni yüzler getirdi – "
                "bazıları epey uzaktan."
            ),
            "listing_summary": (
                "Bredekærgård ile Glashuset arasında dönüşümlü kurulan takas pazarı, şehrin dört "
                "bir yanından insanları buluşturuyor."
            ),
            "search_description": (
                "Ishøj'deki takas pazarı sırayla Bredekærgård Çiftliği'nde ve Vejleåparken'deki "
                "Glashuset'te kuruluyor."
            ),
            "hero_alt": "Rengârenk kıyafet ve oyuncaklarla dolu masalar, bakınıp takas eden insanlar.",
            "press_role": "koordinatör, Glashuset Sakinler Evi",
            "body": [
                (
                    "paragraph",
                    "<p>Şehrin her yerinden insanları nasıl bir araya getirirsiniz? <i>Çocuklar İçin "
                    "Etkinlikler</i> ağındaki veliler, Bredekærgård'daki pazar buluşmalarına hep "
                    "aynı ailelerin geldiğini fark edince bu soruyu kendilerine sordular. Cevap bir "
                    "takas pazarı oldu – ve Vejleåparken'deki Glashuset ile bir iş birliği.</p>",
                ),
                ("heading", "Bir çiftlikte, bir Glashuset'te"),
                (
                    "paragraph",
                    "<p>Takas pazarı sırayla Bredekærgård'da ve Glashuset'te kuruluyor. Böylece "
                    "çiftliğe daha önce hiç adım atmamış sakinler Tranegilde'ye yolu düşürdü – "
                    "tersi de oldu. Artık kullanmadığınız eşyaları getiriyor, işinize yarayacak "
                    "bir şeyle eve dönüyorsunuz.</p>",
                ),
                (
                    "image",
                    {
                        "image": "glashuset",
                        "alt": "Akşam ışığında Vejleåparken'deki Glashuset, içeri giren insanlar.",
                        "caption": "Takas pazarı iki seferden birinde Glashuset'te kuruluyor.",
                    },
                ),
                (
                    "paragraph",
                    "<p>Takas pazarlarının Danimarka'nın her yerinde hayranı var ve bu hemen "
                    "hissedildi: Kopenhag'dan, Gentofte'den ve komşu belediyelerden ziyaretçiler "
                    "geldi. Birçoğu Ishøj'e ilk kez geliyordu.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "İnsanlar kışlık mont takas etmeye geldi, Ishøj hakkında yeni bir "
                        "hikâyeyle evlerine döndü. Şehrimiz için bundan iyi reklam olamaz.",
                        "name": "Aysel Kaya",
                        "role": "Glashuset koordinatörü",
                    },
                ),
            ],
        },
        "barselscafe": {
            "title": "Glashuset'teki yeni ebeveynler kafesini anneler kendileri kurdu",
            "slug": "anneler-kafeyi-kendileri-kurdu",
            "lead": (
                "Sağlık hemşireleri Vejleåparken'de bir yeni ebeveynler grubu kurmayı denemiş ama "
                "başaramamıştı. Bunun üzerine anneler işi ellerine aldı – şimdi sağlık "
                "hemşirelerini davet eden onlar."
            ),
            "listing_summary": (
                "Sakinlerin kendi girişimiyle açılan, sağlık hemşirelerinin misafir olduğu bir "
                "kafe."
            ),
            "search_description": (
                "Glashuset'teki yeni ebeveynler kafesi mahalledeki anneler tarafından kuruldu ve "
                "sağlık hemşireleri tarafından ziyaret ediliyor."
            ),
            "hero_alt": "Kahve fincanlarıyla kafe masaları, bir bebek arabası ve sohbet eden anneler.",
            "press_role": "kafenin kurucu annelerinden",
            "body": [
                (
                    "paragraph",
                    "<p>Fikir, Glashuset ile <i>Çocuklar İçin Etkinlikler</i> veli ağının iş "
                    "birliğinden doğdu: Yeni bebek sahibi olanlar için neden bir kafe olmasın? "
                    "Sağlık hemşireleri bölgede bir grup toplamaya çalışmış ama tutturamamıştı. "
                    "Şimdi kafe tamamen sakinlerin girişimiyle yürüyor.</p>",
                ),
                ("heading", "Salı sabahları Glashuset'te"),
                (
                    "paragraph",
                    "<p>Her salı sabahı yeni anne babalar bebekleriyle birlikte kahve, sohbet ve "
                    "minder üstünde oyun için buluşuyor. Anneler pek çok farklı dil konuşuyor ve "
                    "çeviriye yardım edecek biri her zaman bulunuyor.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Burası bizim kafemiz. Sağlık hemşiresi geldiğinde bizim "
                        "misafirimiz oluyor – o zaman insan, geceleri aklını kurcalayan her şeyi "
                        "sormaya cesaret ediyor.",
                        "name": "Sara Haddad",
                        "role": "anne ve kafenin kurucularından",
                    },
                ),
                (
                    "paragraph",
                    "<p>Sağlık hemşireleri düzenli olarak uğrayıp emzirme, uyku ve bebeğin sağlıklı "
                    "gelişimi hakkındaki bilgilerini paylaşıyor. Roller değişti: Ortamı sakinler "
                    "yarattı, uzmanlar ise davetli.</p>",
                ),
            ],
        },
        "boernetoej": {
            "title": "Yeni anneler çocuk kıyafetlerini I tråd med verden'e sipariş ediyor",
            "slug": "i-traad-med-verdenden-cocuk-kiyafetleri",
            "lead": (
                "Anneler, yeni ebeveynler kafesinde I tråd med verden dikiş atölyesini duydu. Şimdi "
                "oradaki kadınlar onların çocuklarına kıyafet dikiyor – Ishøj'deki küçük bir sosyal "
                "girişim de yeni müşteriler kazandı."
            ),
            "listing_summary": (
                "Yeni ebeveynler kafesi ile bir sosyal girişim atölyesi, çocuk kıyafetleri "
                "sayesinde birbirini buldu."
            ),
            "search_description": (
                "Vejleåparken'deki sosyal girişim I tråd med verden, kafedeki annelere çocuk "
                "kıyafetleri dikiyor."
            ),
            "hero_alt": "Uzun bir masada iki dikiş makinesi ve rengârenk kumaş toplarıyla dikiş atölyesi.",
            "press_role": "müdür, I tråd med verden",
            "body": [
                (
                    "paragraph",
                    "<p>Her şey Glashuset'teki kafede, kahve eşliğinde bir sohbetle başladı. "
                    "Annelerden biri, farklı geçmişlerden gelen kadınların dikiş dikip tamir "
                    "yaptığı ve mesleği sıfırdan öğrendiği Vejleåparken'deki atölye <i>I tråd med "
                    "verden</i>'i anlattı. Çocuklar için de kıyafet dikebilirler miydi?</p>",
                ),
                ("heading", "Tek bir siparişten kalıcı bir ürün grubuna"),
                (
                    "paragraph",
                    "<p>Dikebilirlerdi. Anneler kıyafet istedi, atölyedeki kadınlar işe koyuldu. "
                    "Bugün çocuk kıyafetleri atölyenin ürünlerinin kalıcı bir parçası. Kazanç "
                    "atölyeye ve burada iş bulmalarını kolaylaştıracak deneyim kazanan kadınlara "
                    "geri dönüyor.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Müşterilerimiz hemen köşede oturuyor. Çocuklarının ilk "
                        "adımlarını attığı kıyafetleri dikmek bizi gururlandırıyor.",
                        "name": "Fatima Malik",
                        "role": "I tråd med verden müdürü",
                    },
                ),
                (
                    "paragraph",
                    "<p>Bu hikâye, iyi niyetli insanlar birbirini bulduğunda neler olduğunu "
                    "gösteriyor: Bir takas pazarı yeni ebeveynler kafesine, kafe de yerel bir "
                    "sosyal girişime yeni müşterilere vesile oldu.</p>",
                ),
            ],
        },
        "kvindenetvaerket": {
            "title": "Glashuset'te çarşamba: Kadın ağı konularını kendisi seçiyor",
            "slug": "kadin-agi-konularini-kendisi-seciyor",
            "lead": (
                "Her çarşamba her yaştan kadın Glashuset'te buluşuyor. Ağ, ayda bir kez "
                "Brohuset'te bir sunum düzenliyor – konusu da üyelerin merak ettiği şeyler."
            ),
            "listing_summary": (
                "Farklı ana dilleri konuşan kadınlar her hafta buluşuyor, aylık sunumun konusunu "
                "kendileri seçiyor."
            ),
            "search_description": (
                "Vejleåparken Kadın Ağı çarşambaları Glashuset'te buluşuyor, Brohuset'te sunumlar "
                "düzenliyor."
            ),
            "hero_alt": "Vejleåparken'deki Glashuset, ışıkları yanan pencereler ve içeri giren kadınlar.",
            "press_role": "koordinatör, Vejleåparken Kadın Ağı",
            "body": [
                (
                    "paragraph",
                    "<p>Glashuset'teki masanın etrafında Danca, Somalice, Arapça ve Urduca "
                    "konuşuluyor; çoğu zaman aynı cümlede birkaç dil birden. Kadın ağı her yaştan "
                    "kadını bir araya getiriyor. Çarşamba sabit buluşma günü: çay, yemek yapma ve "
                    "Vejleåparken'de yürüyüş.</p>",
                ),
                ("heading", "Sağlıklı beslenmeden iş aramaya"),
                (
                    "paragraph",
                    "<p>Ayda bir Brohuset'te bir sunum yapılıyor. Konuları üyeler kendileri "
                    "seçiyor: sağlıklı beslenme, iş arama, çalışma hayatındaki haklar ve son olarak "
                    "bir derneğin nasıl kurulacağı.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Başkalarına neye ihtiyacımız olduğunu sormuyoruz. Birbirimize "
                        "soruyoruz.",
                        "name": "Hodan Warsame",
                        "role": "Kadın Ağı koordinatörü",
                    },
                ),
                (
                    "paragraph",
                    "<p>Ağ sayesinde birçok kadın <i>I tråd med verden</i> dikiş atölyesinin yolunu "
                    "buldu. Ağ, şehirdeki diğer derneklerle ortak etkinlikler düzenlemeye de her "
                    "zaman açık.</p>",
                ),
            ],
        },
        "ungeraadet": {
            "title": "Gençlik Meclisi seçimleri: Ishøj'ün gençleri kendi sesini buluyor",
            "slug": "genclik-meclisi-secimleri",
            "lead": (
                "Ishøj'ün gençleri her sonbahar kendi meclislerini seçiyor. Ungerådet belediye "
                "meclisine görüş bildiriyor ve kendi projeleri için bir bütçeye sahip. Seçim "
                "başladı; her genç aday olabilir."
            ),
            "listing_summary": (
                "13–21 yaş arası gençler, belediye meclisine danışmanlık yapan Ungerådet'e aday "
                "olabilir."
            ),
            "search_description": (
                "Ishøj Gençlik Meclisi Ungerådet her sonbahar seçim yapıyor. 13–21 yaş arası "
                "herkes aday olabilir."
            ),
            "hero_alt": "Apartman blokları ve önlerinde buluşan insanlarla bir Ishøj çizimi.",
            "press_role": "iletişim uzmanı, Ishøj Belediyesi",
            "body": [
                (
                    "paragraph",
                    "<p>Gençlik Meclisi Ungerådet, Ishøj'de yaşayan ya da okula giden 13–21 yaş "
                    "arası gençlerden oluşuyor. Meclis ayda bir belediye binasında toplanıyor ve "
                    "gençleri ilgilendiren her konuda – bisiklet yollarından gençlik kulüplerinin "
                    "açılış saatlerine kadar – belediye meclisine görüşünü iletiyor.</p>",
                ),
                ("heading", "Kendi projeleri için bütçe"),
                (
                    "paragraph",
                    "<p>Meclisin kendi projeleri için bir bütçesi de var. Bu bütçeyle gençlerin "
                    "kendi bulup kendi yürüttüğü konserler, münazaralar ve turnuvalar "
                    "düzenlendi.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Politikacılar gerçekten dinliyor. Ama ancak sesini çıkaranları "
                        "dinleyebilirler.",
                        "name": "Sami",
                        "role": "17 yaşında, Ungerådet üyesi",
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "Nasıl aday olunur?",
                        "items": [
                            (
                                "Kimler aday olabilir?",
                                "<p>Ishøj'de yaşayan ya da okula giden 13–21 yaş arası her "
                                "genç.</p>",
                            ),
                            (
                                "Ne kadar zaman ayırmak gerekiyor?",
                                "<p>Belediye binasında ayda bir toplantı ve katılmak istediğiniz "
                                "projeler.</p>",
                            ),
                        ],
                    },
                ),
            ],
        },
        "lektiecafe": {
            "title": "Antrenmandan önce ödev: Ödev Kafesi ile Ishøj Aktiv el ele",
            "slug": "antrenmandan-once-odev",
            "lead": (
                "Ishøj Aktiv'in genç futbolcularından bazıları öğleden sonraya ödev kafesinde "
                "başlıyor. Gönüllüler matematik ve kompozisyonda yardım ediyor, ardından sıra "
                "antrenmana geliyor."
            ),
            "listing_summary": (
                "Genç oyuncular antrenmana gitmeden önce gönüllülerden ödev yardımı alıyor."
            ),
            "search_description": (
                "Ishøj Kütüphanesi'ndeki ve Glashuset'teki ödev kafesi, Ishøj Aktiv Spor Kulübü ile "
                "birlikte çalışıyor."
            ),
            "press_role": "gönüllü koordinatör, Ödev Kafesi",
            "body": [
                (
                    "paragraph",
                    "<p>Saat üçü biraz geçiyor. Kütüphanede üç çocuk, masanın altında futbol "
                    "çantaları, önlerinde bir kesir sorusuyla oturuyor. Yanlarında iki yıldır ödev "
                    "kafesinde gönüllülük yapan emekli bir öğretmen var.</p>",
                ),
                ("heading", "Anlamlı bir iş birliği"),
                (
                    "paragraph",
                    "<p>Ödev kafesi Ishøj Gönüllü Merkezi'ne bağlı. Pazartesi ve çarşamba Ishøj "
                    "Kütüphanesi'nde, perşembe Glashuset'te açık. Ishøj Aktiv Spor Kulübü, genç "
                    "oyuncularının çoğunun hem ödeve hem antrenmana yetişmekte zorlandığını gördü. "
                    "Artık önce ödev için buluşuyorlar.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Antrenörler ödevleri soruyor, biz de maçları. Böylece gençlerin "
                        "hayatında her şey birbirine biraz daha iyi bağlanıyor.",
                        "name": "Jonas Friis",
                        "role": "Ödev Kafesi gönüllü koordinatörü",
                    },
                ),
                (
                    "paragraph",
                    "<p>Ödev kafesi her zaman gönüllü arıyor – öğrenciler, emekliler ve yardım etmek "
                    "isteyen herkes. Yardım almak için kayıt gerekmiyor; gelmeniz yeterli.</p>",
                ),
            ],
        },
        "reparationscafe": {
            "title": "İlham: Tamir kafeleri komşuları bir araya getiriyor",
            "slug": "ilham-tamir-kafeleri",
            "lead": (
                "Danimarka'nın pek çok şehrinde gönüllüler ve komşular bir lambayı, bisikleti ya da "
                "pantolonu atmak yerine birlikte tamir etmek için buluşuyor. Bu fikir Ishøj'e de "
                "çok yakışabilir."
            ),
            "listing_summary": (
                "Tamir kafeleri birçok şehirde var. Ishøj onlardan ne öğrenebilir?"
            ),
            "search_description": (
                "Başka şehirlerden ilham: Gönüllülerin komşularına eşyalarını tamir etmede yardım "
                "ettiği tamir kafeleri."
            ),
            "hero_alt": "Üzerinde bisiklet tekerleği, lamba ve alet çantası olan bir tezgâh.",
            "press_role": "Vores Ishøj sekretaryası, Ishøj Belediyesi",
            "body": [
                (
                    "paragraph",
                    "<p>İlk Repair Café 2009'da Amsterdam'da düzenlendi. Bugün dünyanın binlerce "
                    "şehrinde tamir kafeleri var – komşu belediyelerimizin birçoğunda da. Genellikle "
                    "kütüphanede ya da bir mahalle evinde kuruluyorlar.</p>",
                ),
                ("heading", "Nasıl işliyor?"),
                (
                    "paragraph",
                    "<p>Elektrikten, bisikletten, kıyafetten ya da mobilyadan anlayan gönüllüler "
                    "aletleriyle geliyor. Ziyaretçiler bozuk eşyalarını getiriyor ve bir fincan "
                    "kahve eşliğinde birlikte tamir ediyorlar. Ücretsiz ve insan bu arada bir şeyler "
                    "öğreniyor.</p>",
                ),
                ("heading", "Ishøj'de neye dönüşebilir?"),
                (
                    "paragraph",
                    "<p>Şehirde parçaların çoğu zaten var: Glashuset'teki takas pazarı, <i>I tråd "
                    "med verden</i>'in dikiş makineleri ve Doğa Koruma Derneği'nin iklim için "
                    "çalışmaları. Bir takas pazarında kurulacak tamir kafesi hepsini bir araya "
                    "getirebilir. Derneğiniz denemek isterse Vores Ishøj sekretaryasına yazın.</p>",
                ),
            ],
        },
    },
}
