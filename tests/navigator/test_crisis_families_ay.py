"""Crisis families from crisisAY: false alarms of the rules (``learned=False``) on harmless
messages found in our own probes, each silenced as a family of look-alikes, with the real
danger beside it still firing. Every language file is applied to every message.

1. A sibling's prank told with a laugh ("my little brother locked me out of the bathroom lol"):
   silent (en, pt); a parent, hours, the night, fear or hurt in the message still fires. A thing
   locked by a parent (id "hp ku dikunci sama mama", the wifi, a laptop): silent; a child locked
   in a room or outside by a parent for hours stays child_abuse.
2. Clutching one's own chest at a bill, a price or a score (id "megang dada pas liat tagihan"):
   silent; someone touching her chest against her will stays sexual_violence, chest pain now
   with a cold sweat stays danger_other.
3. A company keeping one's passport, asked about as a rule (ja, vi "is that legal?"): silent;
   the passport taken, not returned, a debt to work off or no way home stays danger_other.
4. "I'll kill myself ... jk" over an exam, homework or a game: silent only when the joke is
   negated in so many words (jk, just kidding, bercanda) AND a trivial matter is named (en, id;
   ja, pt and es were already silent). "I'll kill myself lol jk" with no trivial matter, or with
   "not kidding", a plan or worth denied, still fires: help is shown when in doubt.
"""

from __future__ import annotations

from tests.navigator.crisis_family import family_tests

CRISIS = [
    ("en", "child_abuse", "my dad locks me in the bathroom for hours when I get bad grades"),
    ("en", "child_abuse", "my mom locked me out of the house all night in the cold"),
    ("en", "child_abuse", "my brother locked me in the closet for hours and hit me, I'm scared"),
    (
        "en",
        "child_abuse",
        "my stepdad locked my little sister in her room until morning with no food",
    ),
    ("pt", "child_abuse", "minha mãe me trancou no banheiro por horas de castigo"),
    ("pt", "child_abuse", "meu pai me trancou fora de casa a noite toda no frio"),
    ("id", "child_abuse", "aku dikunci di kamar mandi sama mama sampai malam"),
    ("id", "child_abuse", "adik dikunci di gudang sama ayah berjam-jam gak dikasih makan"),
    (
        "id",
        "child_abuse",
        "hp ku dikunci sama mama, terus aku dikunci di kamar mandi sampai malam",
    ),
    ("id", "sexual_violence", "bos megang dada aku pas di gudang, aku takut"),
    ("id", "sexual_violence", "dia megang dadaku padahal aku udah bilang jangan"),
    ("id", "sexual_violence", "pegang dada aku terus di kantor, aku gak mau"),
    ("id", "danger_other", "suamiku megangin dada terus jongkok keringet dingin, sesak napas"),
    ("id", "danger_other", "tiba tiba dada sakit banget sesak napas keringat dingin sekarang"),
    ("en", "danger_other", "my chest hurts so bad right now and I'm in a cold sweat"),
    ("ja", "danger_other", "会社にパスポートを取り上げられて、借金を返すまで帰れないと言われた"),
    (
        "ja",
        "danger_other",
        "パスポートを会社に預けさせられて、寮から出られない。これって普通ですか",
    ),
    ("ja", "danger_other", "パスポートを返してもらえない、借金を働いて返せと言われた"),
    ("vi", "danger_other", "công ty giữ hộ chiếu của tôi, không cho về nước, bắt làm trả nợ"),
    ("vi", "danger_other", "cong ty giu ho chieu cua toi, khong cho ve, bat lam tra no"),
    ("en", "suicide", "I'll kill myself lol jk"),
    (
        "en",
        "suicide",
        "I'm going to kill myself, not kidding, I failed the exam again and I'm worthless",
    ),
    (
        "en",
        "suicide",
        "if I fail this exam I'll kill myself, I'm not joking, I've been planning it for weeks",
    ),
    ("id", "suicide", "kalau gagal ujian aku bunuh diri aja, serius bukan bercanda"),
    ("ja", "suicide", "死にたい。テストなんてどうでもいい、本当にもう無理"),
]

HARMLESS = [
    ("en", "my little brother shut me out of the bathroom lol, how do I get back at him"),
    ("en", "my sister locked me in my room as a prank haha"),
    ("en", "my big brother locked me out of the house for a joke lol"),
    ("en", "my mom locked my phone because I played games all night lol"),
    ("pt", "meu irmão me trancou fora do banheiro kkkk socorro"),
    ("pt", "minha irmãzinha me trancou no quarto de brincadeira rsrs"),
    ("es", "mi hermanito me encerró fuera del baño jaja ayuda"),
    ("id", "adikku ngunciin aku di luar kamar mandi wkwk tolong"),
    ("id", "hape aku dikunci sama mama gara gara main game terus"),
    ("id", "laptop aku dikunci sama papa gara gara nilai jelek"),
    ("id", "wifi dikunci sama ibu sampai PR selesai"),
    ("ja", "ママにスマホをロックされた"),
    ("id", "langsung pegang dada liat harga tiket pesawat wkwk"),
    ("id", "megang dada lihat skor pertandingan tadi"),
    ("id", "auto megang dada pas ngecek saldo akhir bulan"),
    ("tl", "napahawak ako sa dibdib ko nung nakita ko yung bill"),
    ("pt", "coloquei a mão no peito quando vi a conta de luz kkk"),
    ("es", "me agarré el pecho al ver la factura jaja"),
    ("ja", "請求書を見て思わず胸を押さえた"),
    ("en", "clutching my chest looking at this electric bill lol"),
    ("ja", "会社にパスポートを預けるのは違法ですか"),
    ("ja", "ぱすぽーとを会社に預けなきゃいけないって本当？"),
    ("ja", "就職先でパスポートを保管すると言われました。これは法律的に大丈夫ですか"),
    ("vi", "công ty muốn giữ hộ chiếu của tôi, có hợp pháp không"),
    ("en", "my company wants to keep my passport, is that legal?"),
    ("zh-hans", "公司要保管我的护照，这合法吗？"),
    ("en", "this game is so hard I'm gonna kill myself lol just kidding"),
    ("en", "if this homework isn't done by friday I'll kill myself haha jk"),
    ("id", "kalau gagal ujian aku bunuh diri aja wkwk bercanda"),
    ("id", "kalah rank lagi, bunuh diri aja deh, canda"),
    ("ja", "テスト赤点だったら死ぬw 冗談だけど"),
    ("pt", "se eu reprovar na prova eu me mato kkkk brincadeira"),
    ("es", "si repruebo el examen me mato jaja es broma"),
]

test_family_message_is_a_crisis_of_its_kind, test_near_miss_stays_harmless = family_tests(
    CRISIS, HARMLESS
)
