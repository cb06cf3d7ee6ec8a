#!/usr/bin/env python3
"""Build Resources/gazetteer.tsv (22-column schema, see SCHEMA.md) for north-east Syria.

Run from the repository root:  python3 Resources/sources/build_gazetteer.py
Standard library only; every path is relative to this script's folder; the output is deterministic.

Inputs (all in raw/, byte-for-byte copies of the shared reference data; see README.md):
  opensyria/{governorates,districts,subdistricts}.json   admin units, OCHA P-codes, Arabic names, centroids
  iom_dtm_hotosm_matching_audit.csv                     every IOM/OCHA community: P-code, name, admin chain
  iom_dtm_hotosm_validated_locations.tsv                IOM communities matched to OSM nodes (coordinate, Arabic)
  derived/ocha_pplp_pcode_inferred.tsv                  OCHA populated-place points with inferred P-codes
  ocha_syr_pplp_adm4_points.csv                         all OCHA points (to find points left without a P-code)
  geonames_cities500_SY.tsv                             GeoNames cities500 rows (coordinate, Arabic, population)
  wikipedia_named_places.tsv                            Wikipedia infobox coordinates for six places
  ne_syria.tsv, ne_syria_no_coords.tsv                  used only for the GeoNames-id -> P-code links
  conflicts_over_2km.tsv                                used only to check that every listed conflict is decided
Optional inputs in this folder:
  attested_names.tsv      Arabic spellings attested by public web pages (URL per row)
  curated_places.tsv      rows already in the final schema; appended, and they win for the fields they fill
  derive_arabic.py        derive(name_en, limit=3) -> Arabic spellings for rows without a sourced Arabic name
Outputs:
  ../gazetteer.tsv, conflict_decisions.tsv
"""
import csv
import importlib.util
import json
import math
import os
import re
import sys
import unicodedata

sys.dont_write_bytecode = True   # importing derive_arabic.py leaves no __pycache__ behind

HERE = os.path.relpath(os.path.dirname(os.path.abspath(__file__)))
RAW = os.path.join(HERE, 'raw')
OUT = os.path.normpath(os.path.join(HERE, '..', 'gazetteer.tsv'))
DECISIONS = os.path.join(HERE, 'conflict_decisions.tsv')
CURATED = os.path.join(HERE, 'curated_places.tsv')
ATTESTED = os.path.join(HERE, 'attested_names.tsv')
FOUND = os.path.join(HERE, 'found_coordinates.tsv')
DERIVE_MODULE = os.path.join(HERE, 'derive_arabic.py')

COLUMNS = ['id', 'kind', 'name_en', 'name_ar', 'name_ar_origin', 'ar_variants', 'ar_derived', 'en_variants',
           'lat', 'lon', 'admin1', 'admin1_code', 'admin2', 'admin2_code', 'admin3', 'admin3_code',
           'population', 'in_area', 'coord_source', 'ambiguous_ar', 'parent_id', 'note']
KINDS = set('governorate district subdistrict city town village hamlet neighbourhood camp oilfield gasfield dam '
            'airport airbase base prison crossing landmark region river mountain road country'.split())

# ---------------------------------------------------------------------------------------------------------
# Fixed data
# ---------------------------------------------------------------------------------------------------------
# governorate P-code -> (admin1 value required by the schema, OCHA English name, English governorate name)
GOV = {
    'SY08': ('Hasakah', 'Al-Hasakeh', 'Hasakah Governorate'),
    'SY09': ('Deir ez-Zor', 'Deir-ez-Zor', 'Deir ez-Zor Governorate'),
    'SY11': ('Raqqa', 'Ar-Raqqa', 'Raqqa Governorate'),
}
OCHA_GOV_NAME = {v[1]: k for k, v in GOV.items()}
GEONAMES_ADM1 = {'01': 'SY08', '07': 'SY09', '04': 'SY11'}
# rough bounding boxes (lat_min, lat_max, lon_min, lon_max) used only to validate in-area rows
GOV_BBOX = {'SY08': (35.3, 37.4, 39.5, 42.5), 'SY09': (33.8, 36.3, 39.2, 41.5), 'SY11': (34.8, 36.8, 37.9, 40.2)}

# admin unit -> the community that is its seat (used for the unit's point when the seat has its own coordinate,
# and the seat gets the unit's bare Arabic name as a sourced spelling)
SEAT = {
    'SY0800': 'C4360', 'SY0802': 'C4564', 'SY0803': 'C4881', 'SY0804': 'C4988',
    'SY0901': 'C5086', 'SY0902': 'C5167', 'SY0903': 'C5192',
    'SY1101': 'C5710', 'SY1102': 'C5792', 'SY1103': 'C5929',
    'SY080000': 'C4360', 'SY080001': 'C4409', 'SY080002': 'C4446', 'SY080003': 'C4454', 'SY080004': 'C4471',
    'SY080005': 'C4497', 'SY080006': 'C4519', 'SY080200': 'C4564', 'SY080201': 'C4639', 'SY080202': 'C4688',
    'SY080203': 'C4751', 'SY080300': 'C4881', 'SY080301': 'C4919', 'SY080302': 'C4969', 'SY080400': 'C4988',
    'SY080401': 'C5054',
    'SY090100': 'C5086', 'SY090101': 'C5096', 'SY090102': 'C5110', 'SY090103': 'C5127', 'SY090104': 'C5131',
    'SY090105': 'C5140', 'SY090106': 'C5157', 'SY090200': 'C5167', 'SY090201': 'C5175', 'SY090202': 'C5178',
    'SY090203': 'C5186', 'SY090300': 'C5192', 'SY090301': 'C5202', 'SY090302': 'C5210',
    'SY110100': 'C5710', 'SY110101': 'C5747', 'SY110102': 'C5766', 'SY110103': 'C5787', 'SY110200': 'C5792',
    'SY110201': 'C5843', 'SY110202': 'C5905', 'SY110300': 'C5929', 'SY110301': 'C5942', 'SY110302': 'C5965',
}
CAPITALS = {'C4360', 'C5710', 'C5086', 'C4564'}   # governorate capitals and Qamishli: kind city

# GeoNames ids whose P-code link is set here rather than taken from ne_syria.tsv
GEONAMES_LINK_OVERRIDE = {
    # Al-Tabqa: ne_syria.tsv left it unlinked (candidates C5929|C8745).  C5929 (OCHA "Al-Thawrah") is the
    # subdistrict-seat community in P-code order; C8745 "Tabaqa" is a later IOM addition (the old town).
    '172374': 'C5929',
    '169041': None,      # Jinniyah: no OCHA/IOM community of that name; kept as its own row
}
STANDALONE_IDS = {'169041': 'gm:jinniyah'}

# English names as the press writes them (the OCHA/IOM name moves to en_variants)
NEWS_EN = {
    'C5175': 'Hajin', 'C5186': 'Al-Susah', 'C5183': 'Al-Shafa', 'C5184': 'Al-Baghuz Fawqani',
    'C6795': 'Al-Baghuz Tahtani', 'C5174': 'Abu Hamam', 'C5172': 'Al-Kishma', 'C5173': 'Gharanij',
    'C6526': 'Al-Bahra', 'C5202': 'Dhiban', 'C5119': 'Al-Shuhayl', 'C5140': 'Khasham', 'C5192': 'Mayadin',
    'C5210': 'Al-Ashara', 'C5207': 'Al-Quriyah', 'C5127': 'Muhasan', 'C5110': 'Al-Busayrah',
    'C5167': 'Albu Kamal', 'C4519': 'Al-Hol', 'C5929': 'Tabqa', 'C5905': 'Ain Issa', 'C5792': 'Tal Abyad',
    'C4988': 'Ras al-Ayn', 'C4564': 'Qamishli', 'C4881': 'Al-Malikiyah', 'C5086': 'Deir ez-Zor',
    'C5710': 'Raqqa', 'C4360': 'Hasakah', 'C6718': 'Ratla', 'C5078': 'Ayyash', 'C5694': 'Al-Ansar',
    'C5141': 'Jdid Bkara', 'C5197': 'Al-Tayyana', 'C5199': 'Al-Hawayij', 'C5120': 'Al-Subha',
    'C6796': 'Al-Sukkariyah', 'C6529': 'Al-Shula', 'C5203': 'Al-Jurdhi al-Sharqi',
    'C5735': 'Kasrat Sheikh al-Jumaa', 'N0467': 'Al-Salhiyah', 'C4446': 'Al-Shaddadi', 'C4409': 'Tal Tamr',
    'C5843': 'Suluk', 'C5206': 'Tishrin', 'C5211': 'Subaykhan', 'C4454': 'Markada', 'C5054': 'Al-Darbasiyah',
    'C4688': 'Amuda', 'C5131': 'Al-Tabni', 'C5096': 'Al-Kasrah',
}
EXTRA_EN = {   # further Latin spellings seen in news for key places
    'C5192': ['Al-Mayadin', 'Mayadeen'], 'C5167': ['Abu Kamal', 'Al-Bukamal', 'Bukamal'],
    'C4519': ['Al-Hawl', 'Hawl', 'Al Hol'], 'C5929': ['Al-Tabqa', 'Al-Thawrah', 'Madinat al-Thawra'],
    'C5905': ['Ayn Issa', 'Ain Eissa'], 'C5792': ['Tell Abyad', 'Tal Abiad', 'Gire Spi'],
    'C4988': ['Ras al-Ain', 'Serekaniye'], 'C4564': ['Al-Qamishli', 'Qamishlo'],
    'C4881': ['Derik', 'Malikiyah'], 'C5086': ['Deir Ezzor', 'Deir al-Zour'], 'C5710': ['Al-Raqqa', 'Ar-Raqqah'],
    'C4360': ['Al-Hasakah', 'Hasakeh'], 'C5202': ['Thiban', 'Diban'], 'C5183': ['Al-Shaafah', 'Al-Shaafa'],
    'C5110': ['Al-Busayra', 'Busayrah'], 'C5119': ['Al-Shuhail', 'Shuheil'], 'C5186': ['Al-Sousa', 'Susah'],
    'C6529': ['Al-Shoula'], 'C5203': ['Jurdhi Sharqi', 'Eastern Jurdhi'], 'C5141': ['Jadid Bakkara'],
}

# identifications and caveats worth keeping next to the row
EXTRA_NOTES = {
    'C6795': 'identified as Baghuz Tahtani: IOM/OCHA list this Al Bagouz beside Upper Baguz (C5184) and Alsafafnah '
             '(C6797), the three parts of al-Baghuz; the bare name الباغوز is listed on C5184 (Fawqani)',
    'C5694': 'identified with al-Ansar of the Wadi al-Faydh villages W of Raqqa (IOM name Talet Elansar = Tal\'at '
             'al-Ansar; its OCHA point lies among al-Andalus, al-Rashid and Ruwayan)',
    'C6796': 'IOM lists the community as Dahite Al Sukareh (the al-Sukkariyah suburb of Albu Kamal)',
    'C5206': 'locally also called al-Kishma; not the al-Kishma of Hajin subdistrict (C5172)',
    'C5207': 'ar.wikipedia gives 35.0025,40.5117, about 1 km from Dhiban on the left bank, contradicting its own '
             'text (right bank, 13 km SE of al-Mayadin); that point is not used',
    'C5929': 'Tabqa city (official name Madinat al-Thawra); coordinate from GeoNames 172374',
}

# Arabic spellings from a source that are misspellings or name something else (id, spelling): reason
EXCLUDE_AR = {
    ('C4519', 'الحول'): 'GeoNames misspelling of الهول (ح for ه); also an ordinary word',
    ('C5210', 'الأشارة'): 'GeoNames misspelling of العشارة',
    ('C5202', 'ديبان'): 'GeoNames misspelling of ذيبان',
    ('C5787', 'معدن جديد'): 'GeoNames alternate that names the new town/another site, not Maadan itself',
    ('C4446', 'جسر الشدادي'): 'a bridge, not the town',
    ('C4881', 'كير ذيريك'): 'garbled GeoNames alternate',
    ('C4919', 'جبل آغا'): 'GeoNames garbling of جل آغا',
    ('C5929', 'ثورة'): 'bare common noun without the article; الثورة and مدينة الثورة are kept',
}

# Words and names used to fill ambiguous_ar (compared after normalisation, with and without the article)
COMMON_WORDS = """
الهول العمر الشيخ الكرامة الجزيرة الخير النصر الحرية الثورة السلام الوحدة العدنانية المنصورة الجديدة الجديد
الحمراء البيضاء الخضراء السمراء الصفراء السوداء السكرية الأنصار الشهداء الشهيد الأمل النور الهدى الرحمة الفرات
الخابور البادية الجبل السد المطار المحطة المزرعة المزارع القلعة الحصن البئر بئر السوق الحي الجامع العين النهر
الوادي التل الخربة الحويجة الطبقة البصيرة الميادين البحرة البعث النهضة القادسية اليرموك الأندلس العروبة الاستقلال
التحرير الجلاء الفداء الصمود الانتصار الزهور الورود الربيع الوفاء العدالة التقدم الرشيد الفيض الصناعة العمال
التوسع الكبيرة الصغيرة الوسطى الشمالية الجنوبية الشرقية الغربية القديمة العليا السفلى الفوقاني التحتاني الشامية
الحسينية الغوطة العبارة الحدباء الكبش الخضر الجزرة الهامة مستور البارودة
الحمام الصفصافة الخيالة السبخة المسرة البلدية النزهة العجل العريشة سلوك السوسة الكسرة التبني العرقوب الحسرات
الرمادي السيال الغبرة القطعة مظلوم الحلوة الجنينة الخريطة الطريف الضمان ضمان الشعلة المشرفة الحاجز المعبر
الساحة الجسر المدرسة المستشفى الملعب الحديقة الكنيسة الدير الرابية المحطة الجديدة المخيم القرية البلدة المدينة
الريف الشعب الوطن الجمهورية العروبة الفاروق الإيمان الإسلام الفجر الصباح الغد الهلال النجمة القمر الشمس الجنة
الصالح الخالد جنية مشهد شجرة مسجد دخان حداد درجة عالية عتبة فقيرة مبروكة كوكب قطبة برقة نزيلة حياكة عاجلة
خرزة طويلة طويل مطري شريفة غزلان مركب شلالة الباردة المستديرة الكفرة المباركة الشعيرة اليمامة القصير حرير
حلاق حبيس عطشانة العطشانة مستورة العزبة الكبر
معبدة الروضة الكورنيش الزيتونية الجولان السياحي صيدا الفلوجة الوديان الشاطي
"""
PERSONAL_NAMES = """
محمد أحمد علي حسن حسين الحسين عمر عثمان خالد صالح عيسى موسى إبراهيم يوسف سليمان داود يعقوب إسماعيل يونس
أيوب محمود مصطفى حمد حمدان حميد حامد جاسم جابر سعيد سعد سعود فيصل فهد ناصر نايف منصور مسعود عياش عباس
حمزة طه ياسين زيد عمرو بكر بدر جمعة خليل خلف خضر مطر نواف مشعل زياد طلال هادي رشيد سلمان سالم سلامة عادل
عامر عمار ماجد مجيد نبيل وليد ياسر يحيى زكريا هارون قاسم كريم رحيم نعيم شريف عزيز فاطمة عائشة مريم خديجة
زينب آمنة حليمة سلمى ليلى هند حسان حسنة عليان عواد عودة حمادة حمادي ربيعة يعرب الحجاج العباس عبيد عبد
إياد رعد فرحان غانم غنام عطية صبحي صبري فتحي جميل جمال كمال نوري هاشم حازم حاتم معاذ أنس بلال مروان
تميم وائل عدنان غسان زبيدة سليمى سهيلة عبدي جدوع الحسني العيساوي عايد
""".split()
TRIBES_ORGS = """
العكيدات العقيدات البكارة البقارة شمر الجبور طي طيء الشعيطات العفادلة الولدة البوشعبان الشرابيين عنزة
الحديديين الموالي الفدعان السبعة البوسرايا البوخابور البوحمد القرعان البكير المشاهدة البوعساف العجيل الدليم
الكيارة الجيس الحسون البوكامل الشويط النعيم حرب قيس تغلب ربيعة مضر النصرة داعش قسد الأسايش الفيلق الحشد
الصناديد الوحدات البيشمركة الدفاع الوطني حزب الله أحرار الشام جيش الإسلام الفرقة الرابعة الحمزات
كنانة ثقيف هوازن قريش همدان كندة ذبيان
""".split()
MONTHS = 'كانون تشرين شباط آذار نيسان أيار حزيران تموز آب أيلول'.split()

# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------
def km(a, b):
    """Approximate distance in km between two (lat, lon) points."""
    return math.hypot((a[1] - b[1]) * math.cos(math.radians((a[0] + b[0]) / 2)) * 111.32, (a[0] - b[0]) * 110.57)


HARAKAT = re.compile('[\u064B-\u0652\u0670\u0640]')
AR_ONLY = re.compile('^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0640 0-9\u0660-\u0669]+$')


def clean_ar(s):
    """An Arabic name as written (Persian ی/ک mapped to Arabic ي/ك), or '' if s is not plain Arabic script."""
    s = (s or '').replace('\u06CC', '\u064A').replace('\u06A9', '\u0643').replace('.', ' ')
    s = re.sub(r'\s+', ' ', s).strip()
    s = re.sub(r'^(قرية|بلدة) ', '', s)
    if not s or not AR_ONLY.match(s) or not re.search('[\u0621-\u064A]', s):
        return ''
    return s


def norm_ar(s):
    """Normal form for comparing Arabic spellings: ignores harakat, tatweel, أ/إ/آ/ا, ة/ه, ى/ي."""
    s = HARAKAT.sub('', s)
    s = s.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ٱ', 'ا').replace('ة', 'ه').replace('ى', 'ي')
    return re.sub(r'\s+', ' ', s).strip()


def strip_al(s):
    return s[2:] if s.startswith('ال') and len(s) > 4 else s


def arabic_letters(s):
    return len(re.findall('[\u0621-\u064A]', HARAKAT.sub('', s)))


def fold_latin(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def ascii_fold(s):
    """Latin name without diacritics, case kept (Ḩasakah -> Hasakah)."""
    s = unicodedata.normalize('NFKD', s)
    return re.sub(r'\s+', ' ', ''.join(c for c in s if not unicodedata.combining(c))).strip()


LATIN_OK = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9 '`’‘ʿʾ\-.()/&]+$")


def good_en_variant(s):
    """Keep Latin-script alternates; drop GeoNames machine keys (all lower case) and airport codes."""
    s = s.strip()
    if not s or not LATIN_OK.match(s) or not re.search('[A-Za-z]', s):
        return False
    if s == s.lower():
        return False
    if s.isupper() and len(s) <= 4:
        return False
    return True


def clean_en_name(s):
    """IOM names: drop the ' (ne)' neighbourhood tag and the ' - City' qualifier."""
    s = re.sub(r'\s*\(ne\)\s*$', '', s.strip())
    s = re.sub(r'\s+-\s+(Al-Hasakeh|Ar-Raqqa|Deir-Ez-Zor|Deir-ez-Zor)$', '', s)
    s = s.replace('_', ' ')
    return re.sub(r'\s+', ' ', s).strip()


def fmt_coord(x):
    return f'{x:.6f}'


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))


def uniq(seq):
    out, seen = [], set()
    for x in seq:
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


# ---------------------------------------------------------------------------------------------------------
# Load sources
# ---------------------------------------------------------------------------------------------------------
def load_admin():
    units = {}
    for fname, level in (('governorates', 'governorate'), ('districts', 'district'), ('subdistricts', 'subdistrict')):
        with open(os.path.join(RAW, 'opensyria', fname + '.json'), encoding='utf-8') as f:
            for x in json.load(f):
                pc = (x.get('externalIds') or {}).get('ochaPcode') or ''
                if pc[:4] not in GOV:
                    continue
                units[pc] = {
                    'level': level, 'en': x['name']['en'], 'ar': x['name'].get('ar', ''),
                    'aliases': [(a['value'], a.get('language', ''), a.get('type', '')) for a in x.get('aliases', [])],
                    'centroid': (float(x['centroid']['latitude']), float(x['centroid']['longitude'])),
                    'pop': (x.get('population') or {}).get('value'),
                    'pop_year': (x.get('population') or {}).get('year'),
                }
    return units


def load_audit():
    with open(os.path.join(RAW, 'iom_dtm_hotosm_matching_audit.csv'), encoding='utf-8-sig', newline='') as f:
        return [r for r in csv.DictReader(f) if r['adm1_name'] in OCHA_GOV_NAME]


def load_inferred():
    return {r['location_pcode']: r for r in read_tsv(os.path.join(RAW, 'derived', 'ocha_pplp_pcode_inferred.tsv'))}


def load_osm():
    rows = {}
    for r in read_tsv(os.path.join(RAW, 'iom_dtm_hotosm_validated_locations.tsv')):
        if r['adm4_pcode'] in rows:
            raise SystemExit('duplicate OSM match for ' + r['adm4_pcode'])
        rows[r['adm4_pcode']] = r
    return rows


def load_geonames():
    rows = {}
    for r in read_tsv(os.path.join(RAW, 'geonames_cities500_SY.tsv')):
        if r['admin1code'] in GEONAMES_ADM1:
            rows[r['geonameid']] = r
    return rows


def load_geonames_links():
    """GeoNames id -> OCHA community P-code, as linked in the pre-merged reference table."""
    links = {}
    for fname in ('ne_syria.tsv', 'ne_syria_no_coords.tsv'):
        for r in read_tsv(os.path.join(RAW, fname)):
            ids = r['source_id'].split(';')
            ocha = [i[5:] for i in ids if i.startswith('ocha:') and not i.startswith('ocha:SY')]
            gn = [i[9:] for i in ids if i.startswith('geonames:')]
            if r['kind'].startswith('ADM'):
                continue
            for g in gn:
                if ocha:
                    links[g] = ocha[0]
    links.update(GEONAMES_LINK_OVERRIDE)
    return links


def load_attested():
    if not os.path.exists(ATTESTED):
        return []
    return read_tsv(ATTESTED)


# ---------------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------------
def new_rec(pid, name_en, kind=''):
    return {'id': pid, 'kind': kind, 'name_en': name_en, 'en_var': [], 'ar': [], 'coords': {}, 'adm3': '',
            'adm2': '', 'adm1': '', 'pop': None, 'osm_place': '', 'notes': [], 'coord_source': '', 'point': None,
            'parent': '', 'in_area': 1, 'ar_exclude': set(), 'town_evidence': False, 'city_evidence': False,
            'osm': None, 'inferred': None}


def add_ar(rec, src, name, role='name'):
    name = clean_ar(name)
    if name and (rec['id'], name) not in EXCLUDE_AR:
        rec['ar'].append((src, name, role))


def main():
    units = load_admin()
    audit = load_audit()
    inferred_all = load_inferred()
    osm_all = load_osm()
    geonames = load_geonames()
    gn_links = load_geonames_links()
    attested = load_attested()
    with open(os.path.join(RAW, 'ocha_syr_pplp_adm4_points.csv'), encoding='utf-8', newline='') as f:
        ocha_points = [(int(r['shp_index']), (float(r['lat']), float(r['lon']))) for r in csv.DictReader(f)]
    assigned_idx = {int(r['ocha_shp_index']) for r in inferred_all.values()}
    unassigned_points = [p for i, p in ocha_points if i not in assigned_idx]

    # OCHA English admin names, from the IOM/OCHA list; P-codes and Arabic names from Open-Syria
    ocha_adm3, ocha_adm2 = {}, {}
    for r in audit:
        ocha_adm3.setdefault(r['adm3_pcode'], r['adm3_name'])
        ocha_adm2.setdefault(r['adm3_pcode'][:6], r['adm2_name'])
    adm3_by_name = {(r['adm1_name'], r['adm3_name']): r['adm3_pcode'] for r in audit}
    for pc, u in units.items():
        if u['level'] == 'subdistrict' and pc not in ocha_adm3:
            raise SystemExit('subdistrict without OCHA name: ' + pc)

    recs = {}
    # ---- communities and neighbourhoods of the IOM/OCHA list ----
    for r in audit:
        pid = r['location_pcode']
        rec = new_rec(pid, clean_en_name(r['location_name']))
        if clean_en_name(r['location_name']) != r['location_name'].strip():
            rec['en_var'].append(r['location_name'].strip())
        rec['adm3'] = r['adm3_pcode']
        if pid.startswith('N') or re.match(r'^C\d+-\d+$', pid):
            rec['kind'] = 'neighbourhood'
        recs[pid] = rec
        inf = inferred_all.get(pid)
        if inf:
            rec['coords']['ocha_pplp'] = (float(inf['lat']), float(inf['lon']))
            rec['inferred'] = inf
        o = osm_all.get(pid)
        if o:
            rec['osm'] = o
            rec['coords']['osm'] = (float(o['lat']), float(o['lon']))
            for part in o['hot_name'].split(','):
                if clean_ar(part):
                    add_ar(rec, 'osm', part)
                elif good_en_variant(part):
                    rec['en_var'].append(part.strip())
            rec['en_var'] += [x for x in (o['hot_name_en'], o['hot_name_latin']) if good_en_variant(x)]
            rec['osm_place'] = o['hot_place']
            try:
                tp = int(float(o['total_population'] or 0))
            except ValueError:
                tp = 0
            if tp > 0:
                rec['pop'] = (tp, 'IOM DTM 2026')
    # ---- Wikipedia infobox places ----
    with open(os.path.join(RAW, 'wikipedia_named_places.tsv'), encoding='utf-8', newline='') as f:
        wiki = list(csv.DictReader(f, delimiter='\t'))
    for w in wiki:
        pt = (float(w['lat']), float(w['lon']))
        if w['kind'] == 'camp':
            rec = new_rec('gm:al-hol-camp', 'Al-Hol camp', 'camp')
            rec['en_var'] = ['Al-Hawl camp', 'Al-Hawl refugee camp', 'Al-Hol refugee camp']
            rec['parent'] = 'C4519'
            rec['adm3'] = adm3_by_name[(w['admin1'], w['admin3'])]
            recs[rec['id']] = rec
        elif w['pcode'] in recs:
            rec = recs[w['pcode']]
        else:
            rec = new_rec(w['pcode'], w['name_en'])
            rec['adm3'] = adm3_by_name[(w['admin1'], w['admin3'])]
            recs[w['pcode']] = rec
        rec['coords']['wikipedia'] = pt
        rec['wiki_name'] = w['name_en']
        rec['en_var'].append(w['name_en'])
        add_ar(rec, 'wikipedia', w['name_ar'])
        if w['population_2004'] and not rec['pop']:
            rec['pop'] = (int(w['population_2004']), 'Wikipedia 2004 census')
        if w['kind'] == 'city':
            rec['city_evidence'] = True
        elif w['kind'] == 'town':
            rec['town_evidence'] = True
        if w['note']:
            rec['notes'].append('Wikipedia: ' + w['note'])
    # ---- GeoNames cities500 ----
    for gid in sorted(geonames, key=int):
        g = geonames[gid]
        pid = gn_links.get(gid)
        if pid is None:
            pid = STANDALONE_IDS.get(gid)
            if pid is None:
                print('warning: GeoNames %s %s has no link and is skipped' % (gid, g['name']), file=sys.stderr)
                continue
            if pid not in recs:
                rec = new_rec(pid, 'Jinniyah' if gid == '169041' else fold_latin(g['name']).title())
                recs[pid] = rec
                # admin chain of the nearest OCHA community (the row has no P-code of its own)
                gp = (float(g['latitude']), float(g['longitude']))
                best = min(inferred_all.values(), key=lambda r: (km(gp, (float(r['lat']), float(r['lon']))), r['location_pcode']))
                rec['adm3'] = best['adm3_pcode']
                rec['notes'].append('not in the OCHA/IOM community list; admin units of the nearest OCHA community '
                                    '%s (%.1f km)' % (best['location_pcode'], km(gp, (float(best['lat']), float(best['lon'])))))
        if pid not in recs:
            print('warning: GeoNames %s linked to unknown id %s, skipped' % (gid, pid), file=sys.stderr)
            continue
        rec = recs[pid]
        rec['coords']['geonames'] = (float(g['latitude']), float(g['longitude']))
        rec['town_evidence'] = True
        rec['en_var'].append(g['name'])
        for a in g['alternatenames'].split(';'):
            if clean_ar(a):
                add_ar(rec, 'geonames', a)
            elif good_en_variant(a):
                rec['en_var'].append(a)
        if int(g['population'] or 0) > 0 and (not rec['pop'] or rec['pop'][1] != 'IOM DTM 2026'):
            rec['pop'] = (int(g['population']), 'GeoNames')
        if gid in GEONAMES_LINK_OVERRIDE:
            rec['notes'].append('GeoNames %s linked to this P-code by the build script (see GEONAMES_LINK_OVERRIDE)' % gid)
    # ---- Arabic spellings attested by public pages ----
    for a in attested:
        if a['id'] not in recs:
            print('warning: attested name for unknown id ' + a['id'], file=sys.stderr)
            continue
        add_ar(recs[a['id']], 'attested', a['name_ar'], 'primary' if a['role'] == 'primary' else 'variant')
    # ---- seat towns get the bare Arabic name of the admin unit they are the seat of ----
    for upc in sorted(SEAT):
        sid = SEAT[upc]
        if sid in recs:
            recs[sid]['town_evidence'] = True
            bare = re.sub('^مركز ', '', units[upc]['ar'])
            add_ar(recs[sid], 'opensyria_seat', bare)

    # ---- admin codes for every community ----
    for rec in recs.values():
        rec['adm2'] = rec['adm3'][:6]
        rec['adm1'] = rec['adm3'][:4]

    # ---- coordinates: choose, and decide conflicts ----
    decisions = []
    osm_by_point = [(pid, (float(o['lat']), float(o['lon'])), o) for pid, o in sorted(osm_all.items())]
    inf_by_point = [(pid, (float(r['lat']), float(r['lon']))) for pid, r in sorted(inferred_all.items())]
    priority = ['ocha_pplp', 'osm', 'geonames', 'wikipedia']
    for pid in sorted(recs):
        rec = recs[pid]
        c = rec['coords']
        srcs = [s for s in priority if s in c]
        if not srcs:
            continue
        spread = max([km(c[a], c[b]) for a in srcs for b in srcs] or [0])
        if spread <= 2.0:
            rec['coord_source'] = srcs[0]
            rec['point'] = c[srcs[0]]
            continue
        chosen, reason, osm_foreign = decide_conflict(rec, srcs, osm_by_point, inf_by_point, unassigned_points, osm_all)
        rec['coord_source'] = chosen
        rec['point'] = c[chosen]
        others = ', '.join('%s %.1f km away' % (s, km(c[s], c[chosen])) for s in srcs if s != chosen)
        rec['notes'].append('coordinate conflict (%s): %s chosen; %s' % (others, chosen, reason))
        decisions.append((pid, chosen, c[chosen], reason))
        if 'osm' in srcs and chosen != 'osm':
            o = rec['osm']
            exact = o['match_status'] == 'Exact' or float(o['similarity_score'] or 0) >= 90
            if not exact and any(t[0] == 'osm' for t in rec['ar']):
                rec['ar'] = [t for t in rec['ar'] if t[0] != 'osm']
                rec['notes'].append('Arabic name %s of the rejected OSM node not used (not an exact name match)'
                                    % o['hot_name'])
            if km(c['osm'], c[chosen]) > 5 or osm_foreign:
                rec['osm_place'] = ''

    # ---- rows without any coordinate: neighbourhoods at their city, others at their subdistrict ----
    parent_city = {'SY080000': 'C4360', 'SY110100': 'C5710', 'SY090100': 'C5086', 'SY080200': 'C4564'}
    for pid in sorted(recs):
        rec = recs[pid]
        if rec['kind'] == 'neighbourhood':
            m = re.match(r'^(C\d+)-\d+$', pid)
            rec['parent'] = m.group(1) if m else parent_city.get(rec['adm3'], '')
    for pid in sorted(recs):
        rec = recs[pid]
        if rec['point']:
            continue
        par = recs.get(rec['parent']) if rec['parent'] else None
        if rec['kind'] == 'neighbourhood' and par and par['point'] and par['coord_source'] != 'admin3_centroid':
            rec['point'] = par['point']
            rec['coord_source'] = 'manual:estimate from parent city %s point' % par['id']
            rec['notes'].append('no coordinate in any source; placed at the point of its city %s (%s)'
                                % (par['id'], NEWS_EN.get(par['id'], par['name_en'])))
        else:
            u = units[rec['adm3']]
            rec['point'] = u['centroid']
            rec['coord_source'] = 'admin3_centroid'
            rec['notes'].append('no coordinate in any source; placed at the polygon centroid of subdistrict %s (%s)'
                                % (ocha_adm3[rec['adm3']], rec['adm3']))
    if 'C8745' in recs:
        recs['C8745']['parent'] = 'C5929'
        recs['C8745']['notes'].append('IOM lists Tabaqa (old town) separately from Al-Thawrah (C5929, Tabqa city)')

    for pid, text in sorted(EXTRA_NOTES.items()):
        if pid in recs:
            recs[pid]['notes'].append(text)

    # ---- names, kind, population per community ----
    rows = []
    for pid in sorted(recs):
        rec = recs[pid]
        name_en = NEWS_EN.get(pid) or rec.get('wiki_name') or rec['name_en']
        en_var = [rec['name_en']] + EXTRA_EN.get(pid, []) + rec['en_var']
        en_var = uniq_ci([ascii_fold(e.replace(';', ',')) for e in en_var], exclude=name_en)[:20]
        name_ar, ar_var = choose_arabic(rec)
        kind = rec['kind'] or community_kind(rec)
        pop = rec['pop'][0] if rec['pop'] else ''
        u3 = rec['adm3']
        row = {
            'id': pid, 'kind': kind, 'name_en': name_en, 'name_ar': name_ar,
            'name_ar_origin': 'source' if name_ar else '', 'ar_variants': ar_var, 'ar_derived': [],
            'en_variants': en_var, 'lat': rec['point'][0], 'lon': rec['point'][1],
            'admin1': GOV[u3[:4]][0], 'admin1_code': u3[:4], 'admin2': ocha_adm2[u3[:6]], 'admin2_code': u3[:6],
            'admin3': ocha_adm3[u3], 'admin3_code': u3, 'population': pop, 'in_area': 1,
            'coord_source': rec['coord_source'], 'ambiguous_ar': [], 'parent_id': rec['parent'],
            'note': '. '.join(rec['notes']),
        }
        if rec['pop'] and rec['pop'][1] != 'IOM DTM 2026':
            row['note'] = (row['note'] + '. ' if row['note'] else '') + 'population: ' + rec['pop'][1]
        rows.append(row)
    by_id = {r['id']: r for r in rows}

    # ---- admin unit rows ----
    for pc in sorted(units):
        u = units[pc]
        gov = GOV[pc[:4]]
        ar_aliases = [a for a, lang, _ in u['aliases'] if lang == 'ar']
        en_aliases = [a for a, lang, _ in u['aliases'] if lang == 'en' and good_en_variant(a) and not re.search('[ḩḑāīūẕţşẓ]', a)]
        notes = []
        if u['level'] == 'governorate':
            name_en = gov[2]
            formal = [a for a in ar_aliases if a.startswith('محافظة ')]
            name_ar = formal[0] if formal else 'محافظة ' + u['ar']
            ar_var = []
            en_var = [a for a in en_aliases if 'Governorate' in a] + [gov[1] + ' Governorate', gov[0] + ' Province',
                                                                       u['en'] + ' Governorate']
            adm = (gov[0], pc, '', '', '', '')
        elif u['level'] == 'district':
            name_en = u['en']
            name_ar = u['ar']
            ar_var = [a for a in ar_aliases if a.startswith('منطقة ')]
            en_var = [ocha_adm2[pc], u['en'] + ' District'] + en_aliases
            adm = (gov[0], pc[:4], ocha_adm2[pc], pc, '', '')
        else:
            name_en = u['en']
            name_ar = u['ar']
            bare = norm_ar(strip_al(re.sub('^مركز ', '', name_ar)))
            ar_var = [a for a in ar_aliases if a.startswith('ناحية ')
                      or norm_ar(strip_al(re.sub('^مركز ', '', a))) == bare]
            en_var = [ocha_adm3[pc], u['en'] + ' Subdistrict'] + en_aliases
            adm = (gov[0], pc[:4], ocha_adm2[pc[:6]], pc[:6], ocha_adm3[pc], pc)
        point, csrc = u['centroid'], 'centroid'
        seat = by_id.get(SEAT.get(pc, ''))
        if u['level'] != 'governorate' and seat and seat['coord_source'] not in ('admin3_centroid',) \
                and not seat['coord_source'].startswith('manual:'):
            point, csrc = (seat['lat'], seat['lon']), seat['coord_source']
            notes.append('point of the seat town %s (%s); polygon centroid is %s,%s'
                         % (seat['name_en'], seat['id'], fmt_coord(u['centroid'][0]), fmt_coord(u['centroid'][1])))
        elif u['level'] != 'governorate':
            notes.append('polygon centroid (Open-Syria), not a town location'
                         + ('; the seat %s has no coordinate of its own' % SEAT[pc] if pc in SEAT else ''))
        else:
            notes.append('polygon centroid (Open-Syria), not a town location')
        if u['pop']:
            notes.append('population: %s %s' % ('USCB estimate' if u['level'] == 'governorate' else 'census', u['pop_year']))
        seen_ar = {norm_ar(name_ar)}
        ar_var2 = []
        for a in ar_var:
            if norm_ar(a) not in seen_ar:
                seen_ar.add(norm_ar(a))
                ar_var2.append(a)
        rows.append({
            'id': pc, 'kind': u['level'], 'name_en': name_en, 'name_ar': name_ar, 'name_ar_origin': 'source',
            'ar_variants': ar_var2, 'ar_derived': [], 'en_variants': uniq_ci(en_var, exclude=name_en),
            'lat': point[0], 'lon': point[1], 'admin1': adm[0], 'admin1_code': adm[1], 'admin2': adm[2],
            'admin2_code': adm[3], 'admin3': adm[4], 'admin3_code': adm[5],
            'population': u['pop'] if u['pop'] else '', 'in_area': 1, 'coord_source': csrc, 'ambiguous_ar': [],
            'parent_id': '', 'note': '. '.join(notes),
        })

    # ---- curated rows ----
    rows = merge_curated(rows)
    # ---- coordinates found in public sources (found_coordinates.tsv) win over every other point ----
    apply_found_coordinates(rows)
    # ---- derived Arabic spellings for rows without a sourced Arabic name ----
    derive_missing(rows)
    # ---- variants never repeat the primary name (a curated name may have replaced it) ----
    for r in rows:
        seen = {norm_ar(r['name_ar'])} if r['name_ar'] else set()
        kept = []
        for v in r['ar_variants']:
            if norm_ar(v) not in seen:
                seen.add(norm_ar(v))
                kept.append(v)
        r['ar_variants'] = kept
        r['ar_derived'] = [v for v in r['ar_derived'] if norm_ar(v) not in seen]
    # ---- ambiguity ----
    for r in rows:
        # Curated flags are kept where they carry meaning text frequency cannot see: countries and
        # capitals that stand for governments (موسكو، أنقرة); in-area rows are judged like the rest.
        if r.get('_keep_ambiguous') and (r['in_area'] in (0, '0') or r['kind'] == 'country'):
            continue
        r['ambiguous_ar'] = ambiguous_names(r)

    check_reference_conflicts(decisions)
    write_outputs(rows, decisions)


def uniq_ci(seq, exclude=''):
    out, seen = [], {exclude.lower()} if exclude else set()
    for x in seq:
        k = x.lower().strip()
        if x and k not in seen:
            seen.add(k)
            out.append(x.strip())
    return out


def choose_arabic(rec):
    """Primary Arabic name and the other sourced spellings (orthographic duplicates removed)."""
    cands = rec['ar']
    if not cands:
        return '', []
    prio = {'attested': 0, 'wikipedia': 1, 'osm': 2, 'geonames': 3, 'opensyria_seat': 4}
    primary = [t for t in cands if t[0] == 'attested' and t[2] == 'primary']
    if primary:
        name = primary[0][1]
    else:
        named = [t for t in cands if t[2] != 'variant']
        if not named:
            named = cands
        # votes: how many sources give the same spelling (spacing ignored, e.g. البو كمال = البوكمال)
        votes = {}
        for src, n, _ in named:
            votes.setdefault(norm_ar(n).replace(' ', ''), set()).add(src)
        name = min(named, key=lambda t: (-len(votes[norm_ar(t[1]).replace(' ', '')]), prio.get(t[0], 9), t[1]))[1]
    seen = {norm_ar(name)}
    variants = []
    for src, n, _ in sorted(cands, key=lambda t: (prio.get(t[0], 9), t[1])):
        k = norm_ar(n)
        if k not in seen:
            seen.add(k)
            variants.append(n)
    return name, variants


RANK = {'hamlet': 0, 'village': 1, 'town': 2, 'city': 3}


def community_kind(rec):
    kind = rec['osm_place'] if rec['osm_place'] in RANK else 'village'
    pop = rec['pop'][0] if rec['pop'] else 0
    if rec['town_evidence'] and RANK[kind] < RANK['town']:
        kind = 'town'
    if (rec['id'] in CAPITALS or rec['city_evidence'] or pop >= 50000) and RANK[kind] < RANK['city']:
        kind = 'city'
    return kind


def decide_conflict(rec, srcs, osm_by_point, inf_by_point, unassigned_points, osm_all):
    """Choose among >2 km apart coordinates. Returns (source, reason, osm_node_is_another_place)."""
    c = rec['coords']
    pid = rec['id']
    if len(srcs) >= 3:
        pairs = sorted((km(c[a], c[b]), a, b) for i, a in enumerate(srcs) for b in srcs[i + 1:])
        d, a, b = pairs[0]
        chosen = a if srcs.index(a) < srcs.index(b) else b
        rest = [s for s in srcs if s not in (a, b)]
        return chosen, ('%s and %s agree (%.1f km apart) against %s; %s kept by source priority'
                        % (a, b, d, ', '.join(rest), chosen)), False
    if set(srcs) == {'ocha_pplp', 'osm'}:
        o = rec['osm']
        po, pi = c['osm'], c['ocha_pplp']
        exact = o['match_status'] == 'Exact'
        my_ar = {norm_ar(strip_al(clean_ar(x))) for x in o['hot_name'].split(',') if clean_ar(x)}
        # R1: mutual swap of two neighbouring communities with distinct, exactly matched OSM names
        for q, qp in inf_by_point:
            if q != pid and km(po, qp) < 1.0 and q in osm_all:
                qo = osm_all[q]
                q_osm = (float(qo['lat']), float(qo['lon']))
                q_ar = {norm_ar(strip_al(clean_ar(x))) for x in qo['hot_name'].split(',') if clean_ar(x)}
                if km(q_osm, pi) < 1.0 and exact and qo['match_status'] == 'Exact' and my_ar and q_ar and not (my_ar & q_ar):
                    return 'osm', ('mutual swap: the OSM node named %s sits on the OCHA point inferred for %s (%s) and '
                                   'that community\'s exact-name OSM node sits on this row\'s OCHA point, so the '
                                   'order-based P-code inference swapped the two; OSM kept'
                                   % (o['hot_name'], q, qo['location_name'])), False
        # R2: the OSM node is another community's OCHA point
        for q, qp in inf_by_point:
            if q != pid and km(po, qp) < 1.0:
                return 'ocha_pplp', ('the matched OSM node lies %.2f km from the OCHA point of %s (%s): the IOM-OSM '
                                     'name match went to a different (similar-named) village' %
                                     (km(po, qp), q, inferred_name(q))), True
        # R3: the OCHA point coincides with a same-named OSM node matched to another community
        for q, qp, qo in osm_by_point:
            if q != pid and km(pi, qp) < 1.0:
                q_ar = {norm_ar(strip_al(clean_ar(x))) for x in qo['hot_name'].split(',') if clean_ar(x)}
                if my_ar & q_ar:
                    return 'ocha_pplp', ('the OCHA point coincides (%.2f km) with another OSM node of the same name %s '
                                         '(matched by IOM to %s), which confirms the OCHA location'
                                         % (km(pi, qp), qo['hot_name'], q)), True
        # R4: the OCHA point was itself anchored to this OSM node
        meth = (rec['inferred'] or {}).get('method', '')
        if meth.startswith('anchor_osm'):
            return 'ocha_pplp', ('same village: the OCHA point was anchored to this OSM node (%s); the OCHA point is '
                                 'kept as the P-code\'s own location' % meth), False
        # R5: the OSM node sits on an OCHA point that the inference left without a P-code
        near_free = min((km(po, p) for p in unassigned_points), default=99)
        if near_free < 0.5 and (exact or float(o['similarity_score'] or 0) >= 90):
            return 'osm', ('the exact-name OSM node sits %.2f km from an OCHA populated-place point that the '
                           'order-based inference left unlabelled, so the inferred pairing for this P-code is '
                           'probably shifted; OSM kept' % near_free), False
        # R6: the OSM node lies in another subdistrict
        if o['hot_adm3_pcode'] and o['hot_adm3_pcode'] != rec['adm3']:
            return 'ocha_pplp', ('the OSM node lies in another subdistrict (%s), the OCHA point in the row\'s own'
                                 % o['hot_adm3_pcode']), True
        return 'ocha_pplp', ('no third source; the OCHA populated-place point (P-code inferred by shapefile order, '
                             '99.4 %% hold-out accuracy) is kept over the name-only IOM-OSM match (%s, score %s)'
                             % (o['match_status'], o['similarity_score'])), False
    chosen = srcs[0]
    return chosen, 'two sources only; %s kept by source priority (ocha_pplp > osm > geonames > wikipedia)' % chosen, False


_INF_NAMES = {}


def inferred_name(pcode):
    if not _INF_NAMES:
        for pid, r in load_inferred().items():
            _INF_NAMES[pid] = r['iom_location_name']
    return _INF_NAMES.get(pcode, '')


# ---------------------------------------------------------------------------------------------------------
# Curated rows, derived names, ambiguity
# ---------------------------------------------------------------------------------------------------------
LIST_FIELDS = {'ar_variants', 'ar_derived', 'en_variants', 'ambiguous_ar'}


def merge_curated(rows):
    if not os.path.exists(CURATED):
        print('note: %s not present; no curated rows merged' % CURATED)
        return rows
    with open(CURATED, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    header = lines[0].rstrip('\r').split('\t')
    if header != COLUMNS:
        raise SystemExit('%s: header does not match the 22-column schema' % CURATED)
    by_id = {r['id']: r for r in rows}
    curated = []
    for n, line in enumerate(lines[1:], start=2):
        line = line.rstrip('\r')
        if not line.strip():
            continue
        fields = line.split('\t')
        if len(fields) != len(COLUMNS):
            print('warning: %s line %d has %d fields, skipped' % (CURATED, n, len(fields)), file=sys.stderr)
            continue
        c = dict(zip(COLUMNS, fields))
        if not c['id']:
            print('warning: %s line %d has no id, skipped' % (CURATED, n), file=sys.stderr)
            continue
        curated.append(c)
    seen = set()
    for c in curated:
        if c['id'] in seen:
            print('warning: curated id %s repeated; the later row wins for the fields it fills' % c['id'], file=sys.stderr)
        seen.add(c['id'])
        target = by_id.get(c['id'])
        if target is None:
            target = {k: ([] if k in LIST_FIELDS else '') for k in COLUMNS}
            target['_curated_only'] = True
            rows.append(target)
            by_id[c['id']] = target
        for k in COLUMNS:
            v = c[k]
            if v == '':
                continue
            if k in LIST_FIELDS:
                target[k] = [x for x in v.split(';') if x]
            elif k in ('lat', 'lon'):
                try:
                    target[k] = float(v)
                except ValueError:
                    raise SystemExit('%s: id %s has a non-numeric %s %r' % (CURATED, c['id'], k, v))
            else:
                target[k] = v
        if c['ambiguous_ar']:
            target['_keep_ambiguous'] = True
        if c['name_ar'] and not c['name_ar_origin']:
            target['name_ar_origin'] = 'source'
        if c['name_ar'] and target.get('name_ar_origin') == 'source' and not c['ar_derived']:
            target['ar_derived'] = []
        target['_curated'] = True
    # a generated row without a P-code that a curated row also describes is dropped
    cur_keys = {(r['kind'], norm_ar(r['name_ar'])) for r in rows if r.get('_curated') and r['name_ar']}
    cur_keys |= {(r['kind'], r['name_en'].lower()) for r in rows if r.get('_curated') and r['name_en']}
    kept = []
    for r in rows:
        if not r.get('_curated') and r['id'].startswith('gm:') and (
                (r['kind'], norm_ar(r['name_ar'])) in cur_keys or (r['kind'], r['name_en'].lower()) in cur_keys):
            print('note: generated row %s dropped, a curated row describes it' % r['id'])
            continue
        kept.append(r)
    print('merged %d curated rows' % len(curated))
    return kept


def apply_found_coordinates(rows):
    """found_coordinates.tsv: id, lat, lon, source, note -- a point found in a public source for a row that had none
    (admin3_centroid) or only a rough estimate.  Sets lat/lon, coord_source `manual:<source>` and appends to note."""
    if not os.path.exists(FOUND):
        return
    by_id = {r['id']: r for r in rows}
    n = 0
    for i, r in enumerate(read_tsv(FOUND), start=2):
        pid = (r.get('id') or '').strip()
        target = by_id.get(pid)
        if target is None:
            print('warning: %s line %d: id %r not in the gazetteer, skipped' % (FOUND, i, pid), file=sys.stderr)
            continue
        try:
            lat, lon = round(float(r['lat']), 6), round(float(r['lon']), 6)
        except (TypeError, ValueError):
            raise SystemExit('%s line %d: non-numeric coordinate' % (FOUND, i))
        src = re.sub(r'\s+', ' ', r.get('source') or '').strip()
        short = re.sub(r'\s*\(.*$', '', src).strip() or 'found_coordinates.tsv'
        old = (fmt_coord(float(target['lat'])), fmt_coord(float(target['lon'])), target.get('coord_source', ''))
        target['lat'], target['lon'] = lat, lon
        target['coord_source'] = 'manual:' + short
        why = 'coordinate from found_coordinates.tsv: %s' % src
        if (r.get('note') or '').strip():
            why += ' (%s)' % r['note'].strip()
        why += '; replaces %s,%s (%s)' % old
        note = re.sub(r'no coordinate in any source; placed at [^;.]*?\((?:SY|C)\w+\)\.?\s*', '', target.get('note') or '')
        note = re.sub(r'no coordinate in any source; placed at the point of its city \w+ \([^)]*\)\.?\s*', '', note).strip()
        target['note'] = (note.rstrip('. ') + '. ' if note else '') + why
        n += 1
    print('applied %d found coordinates' % n)


def load_deriver():
    if not os.path.exists(DERIVE_MODULE):
        print('warning: %s not found; rows without a sourced Arabic name keep an empty name_ar' % DERIVE_MODULE)
        return None
    spec = importlib.util.spec_from_file_location('derive_arabic', DERIVE_MODULE)
    mod = importlib.util.module_from_spec(spec)
    sys.path.insert(0, os.path.dirname(DERIVE_MODULE) or '.')
    try:
        spec.loader.exec_module(mod)
    except Exception as e:  # a broken module must not stop the build
        print('warning: %s could not be loaded (%s); no derived names' % (DERIVE_MODULE, e))
        return None
    finally:
        sys.path.pop(0)
    if not callable(getattr(mod, 'derive', None)):
        print('warning: %s has no derive(); no derived names' % DERIVE_MODULE)
        return None
    return mod.derive


# A derived spelling is a guess, and recognition accepts it after a place noun (قرية، بلدة). A guess that
# is an everyday word then reads ordinary phrases as villages: قرية أم عدسة as the village "Um gwer" (derived
# أم), قرية خان الجوز as "Khan" (خان), قرية غرب الرقة as "Gharb" (غرب). Names are matched with or without
# the article (الخان also finds خان), so the word tested is the spelling without it. A derived spelling is
# not used when
#   * it has fewer words than the English name it was derived from (a word could not be rendered and was
#     lost: "Um gwer" -> أم), not counting the article or the words derive() leaves out (village, farm ...);
#   * it has fewer than three letters besides the article (عم، حر، الرز);
#   * it is one word that begins many place names (أم، أبو، تل، خان، عين، بئر، جسر، الشيخ، البو ...): in
#     text such a word is nearly always the first word of another place's name;
#   * it is one word that names a direction, a number, a size, an age or a kind of place (غرب، الشرقية،
#     العشرة، جديدة، الكبرى، بحيرة، سجن): after a place noun it describes the place (قرية جديدة، قرية غرب
#     الرقة، القرى العشرة);
#   * it is one word without the article that general Arabic text uses often (wordfreq Zipf >= 4.0:
#     عدم، اجل، دور، صفحة ...): such a bare guess is mostly a romanisation that happens to spell a word
#     (Adam -> عدم, Ejil -> اجل). When derive() also gives the article form (حرية and الحرية for Hurriyeh)
#     the village is named with that word, and the article form is kept and takes the bare word's rank.
# The other derived spellings of the row stay, in derive()'s order; the first one left becomes name_ar.
# Sourced names are never filtered.
NAME_PREFIXES = set(norm_ar(w) for w in """
أم ام أبو ابو أبا بو البو تل تلة خان عين بئر بير جسر رأس راس دير كفر قصر حاوي حويجة حوايج خربة خراب مزرعة
مزارع جب جبل جبال وادي سد نهر شيخ الشيخ قبر قبور مقبرة رجم حمام قلعة حصن باب سبع مرج كري عرب حاج سيد زور
ضهر ظهر بيت حوش كوم مشهد ساقية جزرة جزيرة حقل معمل طريق ساحة دوار مخيم مركز
""".split())
DIRECTION_WORDS = set(norm_ar(w) for w in """
غرب شرق شمال جنوب وسط غربي شرقي شمالي جنوبي وسطي غربية شرقية شمالية جنوبية وسطى وسطاني وسطانية فوقاني
تحتاني فوقانية تحتانية عليا سفلى علوي سفلي
""".split())
NUMBER_WORDS = set(norm_ar(w) for w in """
واحد واحدة اثنين اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة
أول أولى ثاني ثانية ثالث ثالثة رابع رابعة خامس خامسة
""".split())
GENERIC_WORDS = set(norm_ar(w) for w in """
جديد جديدة قديم قديمة كبير كبيرة صغير صغيرة كبرى صغرى طويل طويلة قريب قريبة بعيد بعيدة حدودية مجاورة
بحيرة بحرة نهر جسر سوق مدرسة مسجد جامع سجن محطة مطار قرية بلدة مدينة حي منطقة ناحية ريف بادية صحراء
بر ضفة شاطئ
""".split())
EN_ARTICLES = {'al', 'el', 'il', 'ul', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ed', 'edh', 'en',
               'er', 'es', 'esh', 'et', 'eth', 'ez', 'ud', 'un', 'ur', 'us', 'ush', 'ut', 'uz'}
DERIVED_ZIPF = 4.0


def english_words(name_en, skipped):
    """Words of a romanised name that a faithful Arabic rendering writes as words: parentheses, the article
    (al-, as-, ez- ...) and the words derive() leaves out (`skipped`) do not count."""
    text = re.sub(r'\([^)]*\)', ' ', name_en)
    words = []
    for part in re.split(r'[\s\-]+', text):
        w = re.sub(r"[^0-9a-z]", '', fold_latin(part))
        if w and w not in EN_ARTICLES and w not in skipped:
            words.append(w)
    return words


def unusable_derived(spelling, name_en, skipped):
    """Why a derived Arabic spelling is not used (see the rule above), or '' when it is usable."""
    n = norm_ar(spelling)
    words = n.split(' ')
    if len(words) < len(english_words(name_en, skipped)):
        return 'drops a word of %r' % name_en
    bare = n[2:] if len(words) == 1 and n.startswith('ال') and len(n) > 2 else n
    if arabic_letters(bare) < 3:
        return 'fewer than three letters'
    if len(words) > 1:
        return ''
    has_article = n.startswith('ال')
    if bare in NAME_PREFIXES:
        return 'a word that begins place names'
    if bare in DIRECTION_WORDS:
        return 'a direction'
    if bare in NUMBER_WORDS:
        return 'a number'
    if bare in GENERIC_WORDS:
        return 'a size, an age or a kind of place'
    if not has_article and zipf(n) >= DERIVED_ZIPF:
        return 'an everyday word (Zipf %.1f)' % zipf(n)
    return ''


DERIVED_DROPPED = []   # (id, spelling, reason) of the derived spellings unusable_derived() set aside


def derive_missing(rows):
    need = [r for r in rows if not r['name_ar']]
    if not need:
        return
    derive = load_deriver()
    if derive is None:
        for r in need:
            r['name_ar_origin'] = ''
        return
    skipped = {w.lower() for w in getattr(derive, '__globals__', {}).get('DROPPED', ())}
    failed = 0
    for r in need:
        out = []
        for cand in [r['name_en']] + list(r['en_variants']):
            try:
                got = derive(cand, limit=3)
            except Exception:
                got = []
            got = uniq([clean_ar(x) for x in (got or []) if isinstance(x, str)])
            usable = {x: not unusable_derived(x, cand, skipped) for x in got if x}
            out = []
            for x in got:
                if usable.get(x):
                    out.append(x)
                    continue
                DERIVED_DROPPED.append((r['id'], x, unusable_derived(x, cand, skipped) if x else 'empty'))
                # The model ranked this bare word first, and its article form is a usable spelling too
                # (وحدة / الوحدة, طويلة / الطويلة): that form takes its rank.
                if x and not x.startswith('ال') and usable.get('ال' + x):
                    out.append('ال' + x)
            out = uniq(out)
            if out:
                break
        if not out:
            failed += 1
            r['name_ar_origin'] = ''
            continue
        r['name_ar'] = out[0]
        r['name_ar_origin'] = 'derived'
        r['ar_derived'] = out[1:3]
    if DERIVED_DROPPED:
        ids = {d[0] for d in DERIVED_DROPPED}
        print('derived spellings not used: %d (rows: %d), e.g. %s' % (
            len(DERIVED_DROPPED), len(ids), ', '.join('%s %s' % d[:2] for d in DERIVED_DROPPED[:6])))
    if failed:
        print('warning: derive() gave nothing usable for %d rows (they keep only their English name)' % failed)


def _norm_set(words):
    out = set()
    for w in words:
        out.add(norm_ar(w))
        out.add(norm_ar(strip_al(w)))
    return out


AMBIG_SET = _norm_set(COMMON_WORDS.split() + TRIBES_ORGS)
PHRASES = {norm_ar(p) for p in ('السلامو عليكم', 'السلام عليكم', 'صباح الخير', 'الدفاع الوطني', 'حزب الله',
                                 'أحرار الشام', 'جيش الإسلام', 'الفرقة الرابعة', 'الشيخ حسن', 'أبو هريرة',
                                 'قناة السويس')}
PERSON_SET = _norm_set(PERSONAL_NAMES)
MONTH_SET = {norm_ar(m) for m in MONTHS}


def is_ambiguous(name):
    n = norm_ar(name)
    words = n.split(' ')
    if n in PHRASES:
        return True
    if any(w in MONTH_SET for w in words):
        return True
    if len(words) == 1:
        w = words[0]
        if w in AMBIG_SET or strip_al(w) in AMBIG_SET or w in PERSON_SET or strip_al(w) in PERSON_SET:
            return True
        if arabic_letters(strip_al(w)) <= 3:
            return True
        return False
    if words[0] in ('ابو', 'ام', 'الشيخ', 'شيخ') and len(words) == 2 and strip_al(words[1]) in PERSON_SET:
        return True
    if words[0] in ('عبد', 'ال'):      # عبد الله ...; آل X (a family) normalises to ال X
        return True
    return False


def fold_like_text(s):
    """The text normaliser's folding, for frequency look-ups: hamza seats and lone hamza too."""
    s = norm_ar(s).replace('ئ', 'ي').replace('ؤ', 'و').replace('ء', '').replace('ـ', '')
    return s


def load_word_frequencies():
    """Zipf frequencies of Arabic words in general text (wordfreq's Arabic list, words of Zipf >= 3),
    folded like the names. A village named with an everyday word needs context before it is read."""
    freq = {}
    path = os.path.join(RAW, 'wordfreq_ar_common.tsv')
    for row in read_tsv(path):
        w = fold_like_text(row['word'])
        z = float(row['zipf'])
        if z > freq.get(w, 0):
            freq[w] = z
    return freq


WORD_FREQ = None

# A prominent place's name is frequent in text because the place is (Raqqa, Hajin, al-Busayrah),
# so the bar rises with prominence: a city's name is flagged only when it is a very common word
# (الثورة for Tabqa), a town's or a facility's when it is a common one (الهول، الكرامة، التبني),
# a village's whenever general text uses it at all.
PROMINENT_KINDS = {'town', 'governorate', 'district', 'subdistrict', 'camp', 'oilfield', 'gasfield', 'dam',
                   'airport', 'airbase', 'prison', 'crossing', 'region', 'river'}
CITY_ZIPF, PROMINENT_ZIPF, MINOR_ZIPF = 4.8, 3.9, 3.0


def is_prominent(r):
    try:
        pop = int(r.get('population') or 0)
    except ValueError:
        pop = 0
    return r['kind'] in PROMINENT_KINDS or pop >= 10000


def zipf(name):
    """The name's frequency as a word, with and without the article (text writes both)."""
    global WORD_FREQ
    if WORD_FREQ is None:
        WORD_FREQ = load_word_frequencies()
    n = fold_like_text(name)
    forms = {n}
    if ' ' not in n:
        forms.add(strip_al(n))
        if not n.startswith('ال'):
            forms.add('ال' + n)
    return max(WORD_FREQ.get(f, 0) for f in forms)


def ambiguous_names(r):
    names = [r['name_ar']] + list(r['ar_variants']) + list(r['ar_derived'])
    out = []
    for n in names:
        if not n:
            continue
        z = zipf(n)
        words = norm_ar(n).split(' ')
        personal = len(words) == 1 and (strip_al(words[0]) in PERSON_SET or words[0] in PERSON_SET
                                        or strip_al(words[0]) in _norm_set(TRIBES_ORGS))
        special = personal or any(w in MONTH_SET for w in words) or norm_ar(n) in PHRASES
        if r['kind'] == 'city':
            flagged = special or z >= CITY_ZIPF
        elif is_prominent(r):
            flagged = special or z >= PROMINENT_ZIPF
        else:
            flagged = is_ambiguous(n) or z >= MINOR_ZIPF
        if flagged:
            out.append(n)
    return uniq(out)


# ---------------------------------------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------------------------------------
def check_reference_conflicts(decisions):
    """Every >2 km pair in the reference list must have a decision (pairs with prayer-times are not sources)."""
    decided = {d[0] for d in decisions}
    missing = []
    for r in read_tsv(os.path.join(RAW, 'conflicts_over_2km.tsv')):
        if 'prayertimes' in (r['source_a'], r['source_b']):
            continue
        pid = r['source_id'].split(';')[0].replace('ocha:', '')
        if pid not in decided:
            missing.append(pid)
    if missing:
        print('warning: reference conflicts without a decision: ' + ', '.join(sorted(set(missing))))


def field(v):
    if isinstance(v, list):
        v = ';'.join(x.replace(';', ',') for x in v)
    elif isinstance(v, float):
        v = fmt_coord(v)
    else:
        v = str(v)
    return re.sub(r'[\t\r\n]+', ' ', v).strip()


def write_outputs(rows, decisions):
    errors = []
    ids = [r['id'] for r in rows]
    if len(ids) != len(set(ids)):
        dup = sorted({i for i in ids if ids.count(i) > 1})
        errors.append('duplicate ids: ' + ', '.join(dup))
    out_lines = ['\t'.join(COLUMNS)]
    for r in sorted(rows, key=lambda r: r['id'].encode('utf-8')):
        vals = [field(r.get(k, '')) for k in COLUMNS]
        rec = dict(zip(COLUMNS, vals))
        try:
            lat, lon = float(rec['lat']), float(rec['lon'])
        except ValueError:
            errors.append('%s: coordinate not numeric' % rec['id'])
            continue
        if rec['kind'] not in KINDS:
            errors.append('%s: unknown kind %r' % (rec['id'], rec['kind']))
        if rec['in_area'] == '1' and rec['admin1_code'] in GOV_BBOX:
            b = GOV_BBOX[rec['admin1_code']]
            if not (b[0] <= lat <= b[1] and b[2] <= lon <= b[3]):
                print('warning: %s (%s) lies outside the rough box of %s' % (rec['id'], rec['name_en'], rec['admin1']))
        out_lines.append('\t'.join(vals))
    if errors:
        raise SystemExit('errors:\n' + '\n'.join(errors))
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(out_lines) + '\n')
    with open(DECISIONS, 'w', encoding='utf-8', newline='\n') as f:
        f.write('id\tchosen_source\tlat\tlon\treason\n')
        for pid, src, pt, reason in sorted(decisions):
            f.write('\t'.join([pid, src, fmt_coord(pt[0]), fmt_coord(pt[1]), field(reason)]) + '\n')
    print('wrote %s (%d rows) and %s (%d decisions)' % (OUT, len(out_lines) - 1, DECISIONS, len(decisions)))


if __name__ == '__main__':
    main()
