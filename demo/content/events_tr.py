EVENTS = {
    "index": {
        "title": "Etkinlikler",
        "slug": "etkinlikler",
        "intro": (
            "Ishøj'de neler oluyor, kimlerle birlikte katılabilirsiniz? Derneklerin, ağların ve "
            "belediyenin etkinliklerini burada bulursunuz. Kimin için olduğuna, nerede "
            "yapıldığına ve hangi dillerin konuşulduğuna göre süzün ya da bu hafta sonuna bakın."
        ),
        "listing_summary": "Ishøj'de çocuklar, gençler, yetişkinler ve yaşlılar için etkinlikler.",
        "search_description": (
            "Ishøj etkinlik takvimi: takas pazarları, yeni ebeveynler kafesi, ödev kafesi, "
            "Bredekærgård'da pazar buluşmaları, vatandaş atölyeleri ve daha fazlası."
        ),
    },
    "events": {
        "foerste-soendag": {
            "title": "Bredekærgård'da ayın ilk pazarı",
            "slug": "bredekaergaardda-ayin-ilk-pazari",
            "lead": (
                "Her ayın ilk pazarı Aktiviteter for børn veli ağı, Tranegilde'deki eski çiftliği "
                "oyun, kahve ve yeni tanışıklıklar için açıyor. Bütün aileyi getirin."
            ),
            "description": [
                "Çocuklar avluda ve ahırda oynarken büyükler uzun masada kahve ve kek eşliğinde "
                "buluşuyor. Her seferinde küçük bir etkinlik var: ateşte çubuk ekmek pişirmek, "
                "taş boyamak ya da yüz yıl önce çiftlikte hayatın nasıl olduğunu dinlemek.",
                "Dizideki pazarlardan biri iptal: o gün Lokalhistorisk Forening çiftlikte yıllık "
                "toplantısını yapıyor. Hangi tarih olduğunu takvimde görebilirsiniz.",
                "Kayıt gerekmez. Bir arkadaşınızı ya da komşunuzu da getirin.",
            ],
            "image_alt": "Beyaz binaları ve kırmızı çatılarıyla Bredekærgård Çiftliği.",
            "accessibility_notes": (
                "Avlu ve ahır basamaksızdır, ana binada engelli tuvaleti var. Avlunun zemini "
                "taş döşemedir."
            ),
        },
        "byttemarked-bredekaergaard": {
            "title": "Bredekærgård'da takas pazarı",
            "slug": "bredekaergaardda-takas-pazari",
            "lead": (
                "Çocuk giysileri, oyuncaklar ve kitaplar Bredekærgård'ın ahırında yeni sahiplerini "
                "buluyor. Çocuklarınıza küçük gelenleri getirin, yenisini ücretsiz alın."
            ),
            "description": [
                "Takas pazarı sırayla Bredekærgård'da ve Vejleåparken'deki Glashuset'te "
                "kuruluyor; böylece şehrin her yerinden aileler, normalde gitmedikleri bir yeri "
                "ziyaret etmiş oluyor. Kopenhag'dan ve komşu belediyelerden de gelen var.",
                "Çok kolay: temiz ve sağlam giysi ile oyuncakları getirip masalara koyun, işinize "
                "yarayanı alın. Artanlar yeniden kullanılmak üzere başkalarına veriliyor.",
            ],
            "image_alt": "Takas pazarında çocuk giysileri ve oyuncaklarla dolu masalar.",
        },
        "byttemarked-glashuset": {
            "title": "Glashuset'te takas pazarı",
            "slug": "glashusette-takas-pazari",
            "lead": (
                "İki ayda bir takas pazarı Vejleåparken'deki Glashuset'e taşınıyor. Çocuk "
                "giysilerini, oyuncakları ve kitapları başka ailelerle değiş tokuş edin – ücretsiz "
                "ve iklim dostu."
            ),
            "description": [
                "Pazarı Aktiviteter for børn ile Glashuset mahalle evi birlikte düzenliyor. "
                "Aradaki aylarda pazar Tranegilde'deki Bredekærgård'da.",
                "Evde çay ve kahve ikram ediliyor; büyükler bakınırken küçüklerin oynayabileceği "
                "bir köşe de var.",
            ],
            "image_alt": "Takas pazarında çocuk giysileri ve oyuncaklarla dolu masalar.",
        },
        "lordagslegestue": {
            "title": "Glashuset'te cumartesi oyun grubu",
            "slug": "glashusette-cumartesi-oyun-grubu",
            "lead": (
                "Her cumartesi sabahı Glashuset'in büyük salonu altı yaşına kadar çocuklar ve "
                "onlara eşlik eden büyükler için oyuncak, minder ve müzikle doluyor."
            ),
            "description": [
                "İstediğiniz zaman gelin, istediğiniz zaman gidin. Çocuklara meyve, büyüklere "
                "kahve var; ağdaki veliler sizi kapıda karşılıyor.",
                "Glashuset'te takas pazarı olan cumartesiler oyun grubu ara veriyor – o gün "
                "takas pazarına gelin.",
            ],
            "image_alt": "Vejleåparken'deki Glashuset, büyük cam duvarlarıyla.",
        },
        "familieidraet": {
            "title": "Pazar sabahı aile sporu",
            "slug": "pazar-sabahi-aile-sporu",
            "lead": (
                "Ishøj Spor ve Serbest Zaman Merkezi'nde çocuklar ve büyükler birlikte koşuyor, "
                "zıplıyor, top oynuyor. Oyunları Ishøj Aktiv'in antrenörleri yönetiyor."
            ),
            "description": [
                "Aile sporu üç yaşından büyük çocuklar ve anne babaları, büyükanne ve büyükbabaları "
                "ya da ağabey ve ablaları için. Birlikte hareket ediyorsunuz; önceden bir şey "
                "bilmeniz gerekmiyor.",
                "Salon ayakkabısı ya da çıplak ayak, bir de su şişesi yeter. Ücretsiz, kayıt "
                "gerekmez.",
            ],
        },
        "barselscafe": {
            "title": "Glashuset'te yeni ebeveynler kafesi",
            "slug": "glashusette-yeni-ebeveynler-kafesi",
            "lead": (
                "Doğum iznindeki anneler ve babalar her salı sabahı bebekler halıda yatarken bir "
                "fincan kahvede buluşuyor. Kafeyi ebeveynler kendileri yürütüyor."
            ),
            "description": [
                "Kafe, takas pazarındaki annelerin buluşacak bir yere ihtiyaç duymasıyla bir "
                "vatandaş girişimi olarak başladı. Şimdi Vejleåparken'in ve şehrin her yerinden "
                "yeni ebeveynler geliyor.",
                "Ayda bir bir sağlık hemşiresi uğrayıp uyku, emzirme ve beslenme hakkındaki "
                "soruları yanıtlıyor. Masalarda Danca, Arapça, Urduca, Somalice ve Türkçe "
                "konuşuluyor.",
            ],
            "image_alt": "Kahve, bebekler ve bir bebek arabasıyla yeni ebeveynler kafesi.",
            "accessibility_notes": "Bebek arabaları için yer ve tuvalette alt değiştirme masası var.",
        },
        "lektiecafe": {
            "title": "Kütüphanede ödev kafesi",
            "slug": "kutuphanede-odev-kafesi",
            "lead": (
                "Her pazartesi öğleden sonra Ishøj Kütüphanesi'nde gönüllüler her dersten ödevlere "
                "yardım ediyor. 3. sınıftan itibaren öğrenciler için."
            ),
            "description": [
                "Ödevlerinizi getirin, gönüllülerden biri yanınıza oturur. Bazıları öğrenci, "
                "bazıları emekli öğretmen; birçoğu Dancanın yanında Arapça, Türkçe, Urduca ya da "
                "Somalice de konuşuyor.",
                "Meyve ve meyve suyu var; istediğiniz gibi gelip gidebilirsiniz.",
            ],
        },
        "lektier-og-fodbold": {
            "title": "Ödev ve futbol",
            "slug": "odev-ve-futbol",
            "lead": (
                "Önce bir saat ödev, sonra bir saat sahada. Ödev kafesi ve Ishøj Aktiv her "
                "perşembe spor merkezine davet ediyor."
            ),
            "description": [
                "Ödev kafesinin gönüllüleri salonun yanındaki toplantı odasında yardım ediyor, "
                "ardından Ishøj Aktiv'in antrenörleri gençlerle suni çim sahada çalışıyor.",
                "10–16 yaş arası kızlar ve erkekler için. Futbol kıyafetinizi ve yiyeceğinizi "
                "unutmayın.",
            ],
        },
        "sprogcafe": {
            "title": "Dil kafesi: kahve eşliğinde Danca konuşun",
            "slug": "dil-kafesi-danca-konusun",
            "lead": (
                "Rahat bir ortamda Danca konuşma alıştırması yapın. Frivilligcenter Ishøj'ün "
                "gönüllüleri her salı kütüphanede masalarda."
            ),
            "description": [
                "Dancanız mükemmel değilse hiç önemli değil – dil kafesi tam da bunun için var. "
                "Gündelik hayattan, Ishøj'den ve söyleyebilmeniz gereken şeylerden konuşuyoruz.",
                "Şehre yeni gelenler özellikle hoş geldiniz. Gönüllüler İngilizce, Arapça, Türkçe, "
                "Urduca ya da Somalice de açıklayabiliyor.",
            ],
        },
        "hoejtlaesning": {
            "title": "Arapça, Türkçe ve Urduca masal saati",
            "slug": "arapca-turkce-ve-urduca-masal-saati",
            "lead": (
                "Resimli kitaplar önce çocukların ana dilinde, sonra Danca sesli okunuyor. Üç ile "
                "sekiz yaş arası çocuklar ve anne babaları için."
            ),
            "description": [
                "Elçi ağından gönüllüler çocuk kütüphanesinde her dilde bir hikâye okuyor. Sonra "
                "kitapları ödünç alabilirsiniz; kütüphanede pek çok dilde kitap var.",
                "Ücretsizdir, kayıt gerekmez.",
            ],
        },
        "seniorklubben": {
            "title": "Yaşlılar Kulübü'nde çarşamba buluşması",
            "slug": "yaslilar-kulubunde-carsamba-bulusmasi",
            "lead": (
                "Kahve, iskambil, şarkı ve ara sıra bir konuşma. Seniorklubben Ishøj her "
                "çarşamba öğleden sonra Brohuset'te buluşuyor."
            ),
            "description": [
                "Kulüp, sohbet ve arkadaşlık isteyen 60 yaş üstü herkes için. Kimi kâğıt oynamaya, "
                "kimi şarkı söylemeye, kimi de sadece sohbete geliyor.",
                "İlk gelişinizde kahve bizden.",
            ],
            "accessibility_notes": "Brohuset'te asansör, engelli tuvaleti ve işitme döngüsü var.",
        },
        "kvindenetvaerket": {
            "title": "Kadın ağının perşembe buluşması",
            "slug": "kadin-aginin-persembe-bulusmasi",
            "lead": (
                "Vejleåparken'deki kadınlar her perşembe sabahı Glashuset'te buluşuyor ve ne "
                "yapılacağına kendileri karar veriyor – spordan iş aramaya kadar."
            ),
            "description": [
                "Ağ her yaştan kadın için. Bazı perşembeler birlikte yürüyüşe çıkıyoruz, bazen de "
                "bir konuk sağlık, eğitim ya da ekonomi hakkında konuşuyor.",
                "Küçük çocuklarınızı getirebilirsiniz. Danca, Arapça, Somalice, Urduca, Türkçe ve "
                "Kürtçe konuşuluyor.",
            ],
            "accessibility_notes": "Yalnızca kadınlar için. Glashuset basamaksızdır, engelli tuvaleti var.",
        },
        "jobcafe-for-kvinder": {
            "title": "Kadınlar için iş kafesi",
            "slug": "kadinlar-icin-is-kafesi",
            "lead": (
                "Özgeçmişinizi yazın, iş görüşmesi provası yapın, başka kadınların nasıl iş "
                "bulduğunu dinleyin. Kadın ağı ve I tråd med verden sizi Systuen'e davet ediyor."
            ),
            "description": [
                "Frivilligcenter Ishøj'ün gönüllüleri başvurulara yardım ediyor; I tråd med "
                "verden'in kadınları da dikiş atölyesinin onlar için nasıl iş hayatına açılan bir "
                "kapı olduğunu anlatıyor.",
                "Varsa bilgisayarınızı getirin. Çay ve ev yapımı kek var.",
            ],
        },
        "syaften": {
            "title": "Systuen'de dikiş akşamı",
            "slug": "systuende-dikis-aksami",
            "lead": (
                "I tråd med verden'in kadınlarıyla birlikte dikmeyi, onarmayı ve giysi "
                "daraltmayı öğrenin. Dikiş makinesi ve kumaş hazır."
            ),
            "description": [
                "Vejleåparken'deki dikiş atölyesi, yeni ebeveynler kafesindeki aileler için "
                "çocuk giysileri de diken yerel bir sosyal girişim. Pazartesi akşamları öğrenmek "
                "isteyen herkese açık.",
                "Onarılması gereken bir giysiniz varsa getirin.",
            ],
            "image_alt": "Dikiş makineleri ve kumaş toplarıyla bir dikiş atölyesi.",
        },
        "borgervaerksted": {
            "title": "Vatandaş atölyesi: Vores Ishøj ne yapabilmeli?",
            "slug": "vatandas-atolyesi-vores-ishoj",
            "lead": (
                "Medborger- og Demokratiforum sizi fikirlerle dolu bir akşama davet ediyor. Ortak "
                "platformumuz sizin, derneğiniz ve mahalleniz için ne yapmalı?"
            ),
            "description": [
                "Küçük gruplarda yapışkan notlar, kahve ve merakla çalışıyoruz. Her fikir – "
                "alışılmadık olanlar da – hoş karşılanır. Sekretarya hepsini toplayıp önerilerinize "
                "ne olduğunu size bildiriyor.",
                "Arapça, Türkçe ve Urduca tercüman olacak. Kaç kişilik kek yapacağımızı bilmemiz "
                "için lütfen kayıt olun.",
            ],
            "accessibility_notes": (
                "Kütüphanede asansör, engelli tuvaleti ve salonda işitme döngüsü var."
            ),
        },
        "borgervaerksted-gadekaeret": {
            "title": "Gadekæret'te vatandaş atölyesi: yeşil alanlarımız",
            "slug": "gadekaerette-vatandas-atolyesi",
            "lead": (
                "Gadekæret'teki çimenler, oyun alanı ve yollar nasıl kullanılmalı? Sakinler "
                "derneği ve Medborger- og Demokratiforum sakinlere soruyor."
            ),
            "description": [
                "Çizin, yazın ya da anlatın – her türlü fikri alıyoruz. Çocuklar da gelebilir; "
                "onlara resim kâğıtlı ayrı bir masa var.",
                "Akşamın fikirleri site yönetimine ve belediyenin bakım birimine iletiliyor.",
            ],
        },
        "ungeraadet": {
            "title": "Gençlik Konseyi'nin açık toplantısı",
            "slug": "genclik-konseyinin-acik-toplantisi",
            "lead": (
                "Gençlik Konseyi belediye binasında açık toplantı yapıyor. Konseyin neler "
                "üzerinde çalıştığını dinleyin, kendi önerinizi belediye meclisine iletin."
            ),
            "description": [
                "Gençlik Konseyi, gençlerin kendilerinin seçtiği 14–24 yaş arası Ishøj'lü "
                "gençlerden oluşuyor. Açık toplantılarda şehirdeki tüm gençlerin soru ve "
                "önerilerine zaman ayrılıyor.",
                "Toplantıdan sonra pizza var.",
            ],
        },
        "velkommen-til-ishoej": {
            "title": "Ishøj'e hoş geldiniz – yeni gelenler için bir akşam",
            "slug": "ishoje-hos-geldiniz",
            "lead": (
                "Ishøj'e yeni mi geldiniz? Buraya kendileri de sonradan gelmiş elçilerle tanışın; "
                "şehirdeki dernekleri, boş zaman etkinliklerini ve toplulukları dinleyin."
            ),
            "description": [
                "Elçi ağı ve Frivilligcenter Ishøj şehri Danca, İngilizce, Arapça, Türkçe, Urduca "
                "ve Somalice anlatıyor. Ardından yemek ve derneklerle sohbet için zaman var.",
                "Ailenizi de getirin.",
            ],
        },
        "frivilligboers": {
            "title": "Brohuset'te gönüllülük fuarı",
            "slug": "brohusette-gonulluluk-fuari",
            "lead": (
                "Beş dernek tek çatı altında: ayda bir saat ya da her hafta, nerede fark "
                "yaratabileceğinizi öğrenin."
            ),
            "description": [
                "Lokalhistorisk Forening, Danmarks Naturfredningsforening Ishøj, Lektiecaféen ve "
                "Seniorklubben, Frivilligcenter Ishøj ile birlikte birer stant açıyor.",
                "Dernekler bu akşamı birbirlerini tanımak ve birlikte etkinlik planlamak için de "
                "kullanıyor.",
            ],
        },
        "arken-familieomvisning": {
            "title": "Arken'de aile turu",
            "slug": "arkende-aile-turu",
            "lead": (
                "Çocuklar ve büyükler için Arken'in sergilerinde rehberli tur; ardından atölyede "
                "resim yapmak ve bir şeyler inşa etmek için zaman."
            ),
            "description": [
                "Turu müzenin eğitmenleri yönetiyor ve çocukların yanıtlayabileceği sorular "
                "soruyor. Sonrasında atölyede kahveyi Aktiviteter for børn hazırlıyor.",
                "Turun kendisi ücretsiz, ancak yetişkinler normal müze girişini ödüyor. Lütfen "
                "kayıt olun – 30 kişilik yer var.",
            ],
            "price": "Yetişkinler için müze girişi; 18 yaş altı ücretsiz",
            "accessibility_notes": "Arken'de asansör, engelli tuvaleti ve ödünç tekerlekli sandalye var.",
        },
        "faellesspisning-gadekaeret": {
            "title": "Gadekæret'te ortak akşam yemeği",
            "slug": "gadekaerette-ortak-aksam-yemegi",
            "lead": (
                "Ayda bir sakinler mahalle evinde birbirleri için yemek yapıyor. Her seferinde "
                "menüyü başka bir mutfak hazırlıyor."
            ),
            "description": [
                "Bazen Pakistan, bazen Türk ya da Danimarka mutfağı. Siz de yemek yapmak için "
                "gönüllü olabilirsiniz – yönetime söylemeniz yeter.",
                "Yeterli yemek olması için en geç önceki çarşamba kayıt olun.",
            ],
            "price": "Yetişkinler 40 kr., 12 yaş altı çocuklar 20 kr.",
        },
        "naturvandring-strand": {
            "title": "Ishøj Strand'da doğa yürüyüşü",
            "slug": "ishoj-strandda-doga-yuruyusu",
            "lead": (
                "Danimarka Doğa Koruma Derneği ile sahil ve Strandparken'in gölleri boyunca "
                "yürüyün; kuşları, bitkileri ve denizi dinleyin."
            ),
            "description": [
                "Yürüyüş yaklaşık beş kilometre, sakin bir tempoda. Havaya uygun giyinin, varsa "
                "dürbününüzü getirin.",
                "Strandparken'in yanındaki otoparkta buluşuyoruz.",
            ],
            "image_alt": "Kumulları, kumsalı ve denizi ile Ishøj Strand.",
            "accessibility_notes": "Yol kum ve çakıldır, tekerlekli sandalyeye uygun değildir.",
        },
        "fugletur-havnen": {
            "title": "Ishøj Limanı'nda kuş gözlemi",
            "slug": "ishoj-limaninda-kus-gozlemi",
            "lead": (
                "Ördeklerin ve martıların kışı geçirdiği limanda dürbünle erken bir pazar "
                "yürüyüşü. Yeni başlayanlar ve deneyimliler için."
            ),
            "description": [
                "Danimarka Doğa Koruma Derneği ödünç vermek için dürbün getiriyor. Yürüyüş "
                "limanın düz rıhtımlarında yaklaşık iki saat sürüyor.",
            ],
            "accessibility_notes": "Yürüyüşün tamamı basamaksız, düz zeminde.",
        },
        "idraetsdag": {
            "title": "Bütün aile için spor günü",
            "slug": "butun-aile-icin-spor-gunu",
            "lead": (
                "Ishøj Spor ve Serbest Zaman Merkezi'nde futbol, basketbol, badminton ve dans "
                "deneyin. Kulüpler neler yaptığını gösteriyor, mangalın başında Gençlik Konseyi var."
            ),
            "description": [
                "Salondan salona geçin, istediğinizi deneyin. Antrenörler takımlarını anlatıyor, "
                "gönüllüler de yeni ailelerin bir takım bulmasına yardım ediyor.",
                "Gün boyu katılım ücretsiz.",
            ],
        },
        "mangfoldighedsdag": {
            "title": "Vejleåparken'de Çeşitlilik Günü",
            "slug": "vejleaaparkende-cesitlilik-gunu",
            "lead": (
                "Dünyanın dört bir yanından yemek, müzik, dans ve hikâyelerle dolu bir gün – "
                "çünkü çeşitlilik Ishøj'ün gücüdür."
            ),
            "description": [
                "Glashuset, kadın ağı, Aktiviteter for børn, Ishøj Aktiv ve I tråd med verden evi "
                "ve önündeki meydanı dolduruyor. Gün boyu tezgâhlar, sahne, oyun alanı ve ortak "
                "sofra var.",
                "Ne zaman isterseniz gelin. Her şey ücretsiz.",
            ],
            "image_alt": "Vejleåparken'deki Glashuset, büyük cam duvarlarıyla.",
        },
        "faellessang-torslunde": {
            "title": "Torslunde köy salonunda hep birlikte şarkı",
            "slug": "torslundede-hep-birlikte-sarki",
            "lead": (
                "Danimarka'nın klasik şarkılarına ve dünyanın her yerinden şarkılara eşlik edin. "
                "Köy derneği ve Yaşlılar Kulübü şarkı ve kahve dolu bir akşama davet ediyor."
            ),
            "description": [
                "Bir piyanist çalıyor, herkes şarkı isteyebiliyor. Kendi ülkenizden bir şarkı "
                "getirin, birlikte öğrenelim.",
            ],
            "accessibility_notes": (
                "Girişte üç basamak var. Derneği arayın, içeri girmenize yardım edelim."
            ),
        },
        "lokalhistorisk-aften": {
            "title": "Yerel tarih akşamı: dünden bugüne Ishøj",
            "slug": "yerel-tarih-aksami-dunden-bugune-ishoj",
            "lead": (
                "Köyün, sahilin ve ilk konut sitelerinin eski fotoğrafları. Gelin, Ishøj'le ilgili "
                "kendi hikâyenizi anlatın."
            ),
            "description": [
                "Lokalhistorisk Forening arşivinden fotoğraflar gösteriyor, burada uzun yıllardır "
                "yaşayanlar anlatıyor. Sizin de fotoğraflarınız varsa getirin – dernek onları "
                "memnuniyetle tarar.",
            ],
        },
    },
}
