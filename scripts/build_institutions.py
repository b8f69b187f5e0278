"""Build `src/newsintel/nlp/actors/data/institutions.yaml`.

Two parts, both written by hand here:
- COUNTRIES: for the G20 and the countries with the most conflict reporting, the standard
  institutions (government, armed forces, foreign, defence and interior ministries, police,
  legislature) with their real names and extra aliases; the usual news phrasings
  ("Russian Defence Ministry", "Israeli forces", "Pakistan's Foreign Ministry") are spelled out
  from the country's adjectives so that every country gets the same coverage.
- MANUAL: every other institution (intelligence and security agencies, head-of-state offices,
  service branches, commands, regimes and rival authorities, US administrations), written out
  entry by entry.

Regenerate with `PYTHONPATH=src /work/main/.venv/bin/python scripts/build_institutions.py`, then
run scripts/build_countries.py so that it does not repeat the governments written here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newsintel" / "nlp" / "actors" / "data"

# kind: (id suffix, type, cameo suffix, name template, alias templates)
STANDARD = {
    "gov": (
        "gov",
        "government",
        "GOV",
        "Government of {name}",
        ["Government of {name}", "{name} government", "{adj} government"],
    ),
    "mil": (
        "mil",
        "military",
        "MIL",
        "Armed Forces of {name}",
        [
            "{adj} military",
            "{adj} armed forces",
            "{adj} forces",
            "{adj} troops",
            "{adj} army",
            "{name}'s military",
            "{name}'s armed forces",
            "{name}'s army",
            "Armed Forces of {name}",
        ],
    ),
    "mfa": (
        "mfa",
        "ministry",
        "GOV",
        "Ministry of Foreign Affairs of {name}",
        [
            "{adj} Foreign Ministry",
            "{adj} Ministry of Foreign Affairs",
            "{name}'s Foreign Ministry",
            "Foreign Ministry of {name}",
            "Ministry of Foreign Affairs of {name}",
        ],
    ),
    "mod": (
        "mod",
        "ministry",
        "GOVMIL",
        "Ministry of Defence of {name}",
        [
            "{adj} Defence Ministry",
            "{adj} Defense Ministry",
            "{adj} Ministry of Defence",
            "{adj} Ministry of Defense",
            "{name}'s Defence Ministry",
            "{name}'s Defense Ministry",
            "Ministry of Defence of {name}",
            "Ministry of Defense of {name}",
        ],
    ),
    "moi": (
        "moi",
        "ministry",
        "GOV",
        "Ministry of Interior of {name}",
        [
            "{adj} Interior Ministry",
            "{adj} Ministry of Interior",
            "{adj} Ministry of the Interior",
            "{name}'s Interior Ministry",
            "Interior Ministry of {name}",
        ],
    ),
    "police": (
        "police",
        "police",
        "COP",
        "Police of {name}",
        ["{adj} police", "{adj} police force", "{name}'s police"],
    ),
    "leg": (
        "leg",
        "legislature",
        "LEG",
        "Parliament of {name}",
        ["{adj} parliament", "{name}'s parliament", "Parliament of {name}", "{adj} legislature"],
    ),
    # Umbrella entries for "<adj> intelligence agencies" / "the <adj> judiciary"; the named
    # agencies (CIA, ISI, Mossad, ...) are separate entries in MANUAL.
    "intelligence": (
        "intelligence",
        "intelligence",
        "SPY",
        "Intelligence services of {name}",
        [
            "{adj} intelligence services",
            "{adj} intelligence agencies",
            "{adj} intelligence community",
            "{adj} spy agencies",
            "{name}'s intelligence services",
            "{name}'s intelligence agencies",
        ],
    ),
    "judiciary": (
        "judiciary",
        "judiciary",
        "JUD",
        "Judiciary of {name}",
        ["{adj} judiciary", "{name}'s judiciary", "{adj} courts", "Judiciary of {name}"],
    ),
    # Service branches, for the states whose air forces and navies are often named in reports.
    "air-force": (
        "air-force",
        "military",
        "MIL",
        "{adj} Air Force",
        ["{adj} Air Force", "{adj} air force", "{name}'s air force", "{adj} warplanes", "{adj} fighter jets"],
    ),
    "navy": ("navy", "military", "MIL", "{adj} Navy", ["{adj} Navy", "{adj} navy", "{name}'s navy", "{adj} warships"]),
}
BRANCHES = ("air-force", "navy")
WITH_BRANCHES = {
    "CHN",
    "IND",
    "PAK",
    "IRN",
    "TUR",
    "SAU",
    "JPN",
    "KOR",
    "PRK",
    "FRA",
    "DEU",
    "ITA",
    "AUS",
    "CAN",
    "EGY",
    "NGA",
    "IRQ",
    "ARE",
    "TWN",
    "PHL",
    "IDN",
    "BRA",
    "MEX",
    "COL",
    "VEN",
    "GBR",
    "ESP",
    "NLD",
    "POL",
}
ALL_KINDS = ("gov", "mil", "mfa", "mod", "moi", "police", "leg", "intelligence", "judiciary")
NO_GOV = ("mil", "mfa", "mod", "moi", "police", "leg", "intelligence", "judiciary")  # government in MANUAL

# a3: name, adjectives, kinds, names {kind: name}, extra {kind: [aliases]}, short {kind: [...]}
COUNTRIES: dict[str, dict] = {
    # ------------------------------------------------------------------ G20
    "ARG": dict(
        name="Argentina",
        adj=["Argentine", "Argentinian"],
        kinds=ALL_KINDS,
        names={
            "leg": "National Congress of Argentina",
            "mfa": "Ministry of Foreign Affairs, International Trade and Worship (Argentina)",
        },
        extra={"gov": ["Casa Rosada"], "leg": ["Argentine Congress"]},
    ),
    "AUS": dict(
        name="Australia",
        adj=["Australian"],
        kinds=ALL_KINDS,
        names={
            "mil": "Australian Defence Force",
            "mfa": "Department of Foreign Affairs and Trade",
            "mod": "Department of Defence (Australia)",
            "moi": "Department of Home Affairs (Australia)",
            "police": "Australian Federal Police",
            "leg": "Parliament of Australia",
        },
        extra={
            "mil": ["Australian Defence Force", "ADF (Australia)"],
            "mfa": ["Department of Foreign Affairs and Trade", "DFAT"],
            "mod": ["Australian Department of Defence"],
            "moi": ["Australian Department of Home Affairs"],
            "police": ["Australian Federal Police", "AFP (Australia)"],
            "leg": ["Australian Parliament"],
            "gov": ["Canberra government"],
        },
    ),
    "BRA": dict(
        name="Brazil",
        adj=["Brazilian"],
        kinds=ALL_KINDS,
        names={
            "mfa": "Ministry of Foreign Affairs (Brazil)",
            "leg": "National Congress of Brazil",
            "police": "Federal Police of Brazil",
            "moi": "Ministry of Justice and Public Security (Brazil)",
        },
        extra={
            "gov": ["Planalto", "Planalto Palace"],
            "mfa": ["Itamaraty"],
            "leg": ["Brazilian Congress"],
            "police": ["Brazilian Federal Police", "Polícia Federal"],
        },
    ),
    "CAN": dict(
        name="Canada",
        adj=["Canadian"],
        kinds=ALL_KINDS,
        names={
            "mil": "Canadian Armed Forces",
            "mfa": "Global Affairs Canada",
            "mod": "Department of National Defence (Canada)",
            "moi": "Public Safety Canada",
            "police": "Royal Canadian Mounted Police",
            "leg": "Parliament of Canada",
        },
        extra={
            "mil": ["Canadian Armed Forces", "Canadian Forces"],
            "mfa": ["Global Affairs Canada"],
            "mod": ["Department of National Defence", "National Defence (Canada)"],
            "moi": ["Public Safety Canada"],
            "police": ["Royal Canadian Mounted Police", "RCMP", "Mounties"],
            "leg": ["Canadian Parliament", "House of Commons of Canada"],
            "gov": ["Ottawa government"],
        },
    ),
    "CHN": dict(
        name="China",
        adj=["Chinese"],
        kinds=ALL_KINDS,
        names={
            "gov": "State Council of the People's Republic of China",
            "mil": "People's Liberation Army",
            "mfa": "Ministry of Foreign Affairs of the People's Republic of China",
            "mod": "Ministry of National Defense (China)",
            "moi": "Ministry of Public Security (China)",
            "police": "People's Police (China)",
            "leg": "National People's Congress",
        },
        extra={
            "gov": ["State Council", "Chinese government", "Zhongnanhai", "Beijing government"],
            "mil": ["People's Liberation Army", "PLA", "Chinese People's Liberation Army"],
            "moi": ["Ministry of Public Security", "MPS (China)"],
            "mod": ["Ministry of National Defense of China"],
            "leg": ["National People's Congress", "NPC", "NPC Standing Committee"],
        },
    ),
    "FRA": dict(
        name="France",
        adj=["French"],
        kinds=ALL_KINDS,
        names={
            "mfa": "Ministry for Europe and Foreign Affairs (France)",
            "mod": "Ministry of the Armed Forces (France)",
            "police": "National Police (France)",
            "leg": "French Parliament",
        },
        extra={
            "mfa": ["Quai d'Orsay", "French Ministry for Europe and Foreign Affairs"],
            "mod": ["French Ministry of the Armed Forces", "French Armed Forces Ministry"],
            "police": ["Police nationale", "French National Police"],
            "leg": ["National Assembly of France", "French National Assembly", "Assemblée nationale", "French Senate"],
        },
    ),
    "DEU": dict(
        name="Germany",
        adj=["German"],
        kinds=ALL_KINDS,
        names={
            "gov": "Federal Government of Germany",
            "mil": "Bundeswehr",
            "mfa": "Federal Foreign Office (Germany)",
            "mod": "Federal Ministry of Defence (Germany)",
            "moi": "Federal Ministry of the Interior (Germany)",
            "police": "Federal Police (Germany)",
            "leg": "Bundestag",
        },
        extra={
            "gov": ["German federal government", "Berlin government"],
            "mil": ["Bundeswehr", "German Armed Forces"],
            "mfa": ["German Foreign Office", "Auswärtiges Amt", "Federal Foreign Office"],
            "mod": ["German Federal Ministry of Defence"],
            "moi": ["German Federal Interior Ministry"],
            "police": ["Bundespolizei", "German Federal Police"],
            "leg": ["Bundestag", "German Bundestag", "Bundesrat"],
        },
    ),
    "IND": dict(
        name="India",
        adj=["Indian"],
        kinds=ALL_KINDS,
        names={
            "mfa": "Ministry of External Affairs (India)",
            "moi": "Ministry of Home Affairs (India)",
            "leg": "Parliament of India",
        },
        extra={
            "gov": ["Union government", "Centre (India)", "New Delhi government"],
            "mfa": [
                "Ministry of External Affairs",
                "MEA",
                "Indian External Affairs Ministry",
                "External Affairs Ministry",
            ],
            "moi": ["Ministry of Home Affairs", "MHA", "Indian Home Ministry", "Union Home Ministry"],
            "mil": ["Indian Armed Forces"],
            "leg": ["Lok Sabha", "Rajya Sabha", "Indian Parliament"],
        },
    ),
    "IDN": dict(
        name="Indonesia",
        adj=["Indonesian"],
        kinds=ALL_KINDS,
        names={
            "mil": "Indonesian National Armed Forces",
            "police": "Indonesian National Police",
            "leg": "People's Consultative Assembly",
        },
        extra={
            "mil": ["Indonesian National Armed Forces", "TNI"],
            "police": ["Indonesian National Police", "Polri"],
            "leg": ["People's Consultative Assembly", "House of Representatives (Indonesia)", "DPR (Indonesia)", "MPR"],
        },
    ),
    "ITA": dict(
        name="Italy",
        adj=["Italian"],
        kinds=ALL_KINDS,
        names={"leg": "Italian Parliament", "police": "Italian State Police"},
        extra={"gov": ["Palazzo Chigi"], "mfa": ["Farnesina"], "police": ["Polizia di Stato", "Carabinieri"]},
    ),
    "JPN": dict(
        name="Japan",
        adj=["Japanese"],
        kinds=ALL_KINDS,
        names={
            "mil": "Japan Self-Defense Forces",
            "mod": "Ministry of Defense (Japan)",
            "police": "National Police Agency (Japan)",
            "leg": "National Diet",
        },
        extra={
            "mil": ["Japan Self-Defense Forces", "Self-Defense Forces", "JSDF", "SDF (Japan)"],
            "gov": ["Kantei", "Tokyo government"],
            "leg": ["National Diet", "Diet of Japan", "Japanese Diet"],
        },
    ),
    "KOR": dict(
        name="South Korea",
        adj=["South Korean", "Korean", "S. Korean"],
        kinds=ALL_KINDS,
        names={
            "mil": "Republic of Korea Armed Forces",
            "mod": "Ministry of National Defense (South Korea)",
            "police": "Korean National Police Agency",
            "leg": "National Assembly of South Korea",
        },
        extra={
            "mil": ["Republic of Korea Armed Forces", "ROK military", "ROK Armed Forces"],
            "mod": ["Ministry of National Defense of South Korea"],
            "leg": ["National Assembly of Korea", "South Korean National Assembly"],
        },
    ),
    "MEX": dict(
        name="Mexico",
        adj=["Mexican"],
        kinds=ALL_KINDS,
        names={
            "mfa": "Secretariat of Foreign Affairs (Mexico)",
            "mod": "Secretariat of National Defense (Mexico)",
            "moi": "Secretariat of the Interior (Mexico)",
            "leg": "Congress of the Union (Mexico)",
            "police": "National Guard (Mexico)",
        },
        extra={
            "mfa": ["Secretariat of Foreign Affairs", "SRE", "Mexican Foreign Relations Ministry"],
            "mod": ["Secretariat of National Defense", "SEDENA", "Defense Secretariat (Mexico)"],
            "moi": ["Secretariat of the Interior", "Secretaría de Gobernación", "SEGOB"],
            "police": ["National Guard of Mexico", "Guardia Nacional", "Mexican National Guard"],
            "leg": ["Mexican Congress"],
            "gov": ["Palacio Nacional (Mexico)"],
        },
    ),
    "RUS": dict(
        name="Russia",
        adj=["Russian"],
        kinds=ALL_KINDS,
        names={
            "mil": "Armed Forces of the Russian Federation",
            "moi": "Ministry of Internal Affairs (Russia)",
            "leg": "Federal Assembly of Russia",
        },
        extra={
            "gov": ["Government of the Russian Federation", "Russian Federation government", "Moscow government"],
            "mil": ["Armed Forces of the Russian Federation", "Russian Armed Forces"],
            "mfa": ["Ministry of Foreign Affairs of the Russian Federation"],
            "mod": ["Ministry of Defence of the Russian Federation"],
            "moi": ["Ministry of Internal Affairs of Russia", "MVD", "Russian Interior Ministry"],
            "leg": ["Federal Assembly of the Russian Federation"],
        },
    ),
    "SAU": dict(
        name="Saudi Arabia",
        adj=["Saudi"],
        kinds=ALL_KINDS,
        names={"leg": "Consultative Assembly of Saudi Arabia"},
        extra={
            "gov": ["Saudi authorities", "Riyadh government"],
            "mil": ["Saudi Armed Forces"],
            "leg": ["Shura Council of Saudi Arabia", "Saudi Shura Council"],
        },
    ),
    "ZAF": dict(
        name="South Africa",
        adj=["South African"],
        kinds=ALL_KINDS,
        names={
            "mil": "South African National Defence Force",
            "mfa": "Department of International Relations and Cooperation",
            "police": "South African Police Service",
            "leg": "Parliament of South Africa",
        },
        extra={
            "mil": ["South African National Defence Force", "SANDF"],
            "mfa": ["DIRCO", "Department of International Relations and Cooperation"],
            "police": ["South African Police Service", "SAPS"],
        },
    ),
    "TUR": dict(
        name="Turkey",
        adj=["Turkish"],
        kinds=ALL_KINDS,
        names={
            "mil": "Turkish Armed Forces",
            "mod": "Ministry of National Defence (Turkey)",
            "leg": "Grand National Assembly of Turkey",
        },
        extra={
            "gov": ["Ankara government", "Government of Türkiye", "Turkiye government", "Türkiye government"],
            "mil": ["Turkish Armed Forces", "TSK"],
            "mod": ["Ministry of National Defence of Turkey"],
            "leg": ["Grand National Assembly of Turkey", "Grand National Assembly", "TBMM"],
        },
    ),
    "GBR": dict(
        name="United Kingdom",
        adj=["British", "UK", "U.K."],
        kinds=("mil", "mod", "moi", "police", "leg"),
        names={
            "mil": "British Armed Forces",
            "mod": "Ministry of Defence (United Kingdom)",
            "moi": "Home Office",
            "police": "British police",
            "leg": "Parliament of the United Kingdom",
        },
        extra={
            "mil": ["British Armed Forces", "UK Armed Forces", "British Army"],
            "mod": ["UK Ministry of Defence", "British Ministry of Defence", "UK MoD", "British MoD"],
            "moi": ["Home Office", "UK Home Office", "British Home Office"],
            "police": ["Metropolitan Police", "Scotland Yard", "Met Police", "Counter Terrorism Policing"],
            "leg": [
                "Parliament of the United Kingdom",
                "UK Parliament",
                "British Parliament",
                "Westminster",
                "House of Commons",
                "House of Lords",
            ],
        },
        short={"mod": ["Ministry of Defence", "MoD"], "police": ["the Met"]},
    ),
    "USA": dict(
        name="United States",
        adj=["US", "U.S.", "American", "United States"],
        kinds=("police",),
        names={"police": "US police"},
        extra={},
    ),
    # ------------------------------------------------------------------ Middle East, South and Central Asia
    "AFG": dict(
        name="Afghanistan",
        adj=["Afghan"],
        kinds=("mfa", "mod", "moi", "police"),
        names={
            "mfa": "Ministry of Foreign Affairs (Afghanistan)",
            "mod": "Ministry of Defence (Afghanistan)",
            "moi": "Ministry of Interior Affairs (Afghanistan)",
            "police": "Police of Afghanistan",
        },
        extra={
            "mfa": ["Taliban foreign ministry", "Taliban's foreign ministry", "Taliban Foreign Ministry"],
            "mod": [
                "Taliban defence ministry",
                "Taliban's defence ministry",
                "Taliban defense ministry",
                "Taliban's defense ministry",
            ],
            "moi": ["Taliban interior ministry", "Taliban's interior ministry"],
            "police": ["Afghan National Police", "ANP"],
        },
    ),
    "PAK": dict(
        name="Pakistan",
        adj=["Pakistani", "Pakistan"],
        kinds=ALL_KINDS,
        names={
            "mil": "Pakistan Armed Forces",
            "mfa": "Ministry of Foreign Affairs (Pakistan)",
            "leg": "Parliament of Pakistan",
        },
        extra={
            "mil": ["Pakistan Armed Forces", "Pakistan Army", "Pakistani Army"],
            "mfa": ["Pakistan Foreign Office", "Pakistani Foreign Office", "Foreign Office of Pakistan"],
            "leg": ["National Assembly of Pakistan", "Pakistani National Assembly", "Senate of Pakistan"],
            "gov": ["Islamabad government"],
        },
    ),
    "IRQ": dict(
        name="Iraq",
        adj=["Iraqi"],
        kinds=NO_GOV,
        names={"mil": "Iraqi Armed Forces", "leg": "Council of Representatives of Iraq"},
        extra={
            "mil": ["Iraqi Armed Forces", "Iraqi security forces", "Iraqi Security Forces"],
            "leg": ["Council of Representatives of Iraq", "Iraqi Council of Representatives"],
        },
    ),
    "SYR": dict(
        name="Syria",
        adj=["Syrian"],
        kinds=NO_GOV,
        names={
            "mil": "Syrian Armed Forces",
            "moi": "Ministry of Interior (Syria)",
            "leg": "People's Assembly of Syria",
        },
        extra={
            "mil": ["Syrian Armed Forces", "Syrian Arab Army", "SAA", "Syrian government forces"],
            "leg": ["People's Assembly of Syria", "Syrian People's Assembly"],
        },
    ),
    "IRN": dict(
        name="Iran",
        adj=["Iranian"],
        kinds=ALL_KINDS,
        names={
            "mil": "Islamic Republic of Iran Army",
            "mod": "Ministry of Defence and Armed Forces Logistics (Iran)",
            "police": "Law Enforcement Command of Iran",
            "leg": "Islamic Consultative Assembly",
        },
        extra={
            "gov": ["Tehran government", "Islamic Republic government"],
            "mil": ["Artesh", "Islamic Republic of Iran Army", "Iranian Armed Forces"],
            "mod": ["Ministry of Defence and Armed Forces Logistics", "MODAFL"],
            "police": ["FARAJA", "Law Enforcement Command", "Law Enforcement Force of Iran"],
            "leg": ["Islamic Consultative Assembly", "Majlis", "Iranian Majlis"],
        },
    ),
    "ISR": dict(
        name="Israel",
        adj=["Israeli"],
        kinds=ALL_KINDS,
        names={
            "mil": "Israel Defense Forces",
            "mod": "Ministry of Defense (Israel)",
            "police": "Israel Police",
            "leg": "Knesset",
        },
        extra={
            "mil": [
                "Israel Defense Forces",
                "Israel Defence Forces",
                "Israeli Defense Forces",
                "IDF",
                "Tsahal",
                "Zahal",
            ],
            "police": ["Israel Police", "Israeli Border Police", "Border Police"],
            "leg": ["Knesset", "the Knesset", "Israeli Knesset"],
        },
    ),
    "PSE": dict(
        name="Palestine",
        adj=["Palestinian"],
        kinds=("mfa", "police", "leg"),
        names={
            "mfa": "Ministry of Foreign Affairs and Expatriates (Palestine)",
            "police": "Palestinian Civil Police",
            "leg": "Palestinian Legislative Council",
        },
        extra={
            "police": ["Palestinian Authority security forces", "PA security forces", "Palestinian security forces"],
            "leg": ["Palestinian Legislative Council"],
        },
    ),
    "LBN": dict(
        name="Lebanon",
        adj=["Lebanese"],
        kinds=ALL_KINDS,
        names={
            "mil": "Lebanese Armed Forces",
            "police": "Internal Security Forces (Lebanon)",
            "leg": "Parliament of Lebanon",
        },
        extra={
            "mil": ["Lebanese Armed Forces", "LAF"],
            "police": ["Internal Security Forces", "ISF"],
            "gov": ["Baabda Palace", "Grand Serail", "Beirut government"],
        },
    ),
    "YEM": dict(
        name="Yemen",
        adj=["Yemeni"],
        kinds=NO_GOV,
        names={"mil": "Yemeni Armed Forces", "leg": "House of Representatives of Yemen"},
        extra={"mil": ["government forces in Yemen", "pro-government forces in Yemen"]},
    ),
    "JOR": dict(
        name="Jordan",
        adj=["Jordanian"],
        kinds=ALL_KINDS,
        names={"mil": "Jordan Armed Forces", "leg": "Parliament of Jordan"},
        extra={"mil": ["Jordan Armed Forces", "Jordanian Armed Forces", "Arab Army"], "gov": ["Amman government"]},
    ),
    "EGY": dict(
        name="Egypt",
        adj=["Egyptian"],
        kinds=ALL_KINDS,
        names={"mil": "Egyptian Armed Forces", "leg": "House of Representatives of Egypt"},
        extra={
            "mil": ["Egyptian Armed Forces"],
            "gov": ["Cairo government"],
            "leg": ["Egyptian House of Representatives"],
        },
    ),
    "QAT": dict(
        name="Qatar",
        adj=["Qatari"],
        kinds=ALL_KINDS,
        names={"mil": "Qatar Armed Forces", "leg": "Shura Council of Qatar"},
        extra={"gov": ["Doha government"]},
    ),
    "ARE": dict(
        name="United Arab Emirates",
        adj=["Emirati", "UAE"],
        kinds=ALL_KINDS,
        names={"mil": "United Arab Emirates Armed Forces", "leg": "Federal National Council"},
        extra={"mil": ["UAE Armed Forces"], "leg": ["Federal National Council"], "gov": ["Abu Dhabi government"]},
    ),
    "KWT": dict(name="Kuwait", adj=["Kuwaiti"], kinds=("gov", "mil", "mfa"), names={}, extra={}),
    "BHR": dict(
        name="Bahrain",
        adj=["Bahraini"],
        kinds=("gov", "mil", "mfa", "moi"),
        names={"mil": "Bahrain Defence Force"},
        extra={"mil": ["Bahrain Defence Force", "BDF"]},
    ),
    "OMN": dict(
        name="Oman", adj=["Omani"], kinds=("gov", "mil", "mfa"), names={}, extra={"gov": ["Muscat government"]}
    ),
    # ------------------------------------------------------------------ Africa
    "LBY": dict(
        name="Libya",
        adj=["Libyan"],
        kinds=("mfa", "mod", "moi"),
        names={
            "mfa": "Ministry of Foreign Affairs (Libya)",
            "mod": "Ministry of Defence (Libya)",
            "moi": "Ministry of Interior (Libya)",
        },
        extra={},
    ),
    "SDN": dict(
        name="Sudan",
        adj=["Sudanese"],
        kinds=NO_GOV,
        names={"mil": "Sudanese Armed Forces", "leg": "National Legislature of Sudan"},
        extra={"mil": ["Sudanese Armed Forces", "SAF", "Sudan's army", "Sudan's military"]},
    ),
    "SSD": dict(
        name="South Sudan",
        adj=["South Sudanese"],
        kinds=ALL_KINDS,
        names={
            "mil": "South Sudan People's Defence Forces",
            "police": "South Sudan National Police Service",
            "leg": "Transitional National Legislature (South Sudan)",
        },
        extra={
            "mil": ["South Sudan People's Defence Forces", "South Sudan People's Defense Forces", "SSPDF", "SPLA"],
            "gov": ["Juba government"],
        },
    ),
    "SOM": dict(
        name="Somalia",
        adj=["Somali"],
        kinds=ALL_KINDS,
        names={
            "gov": "Federal Government of Somalia",
            "mil": "Somali National Army",
            "police": "Somali Police Force",
            "leg": "Federal Parliament of Somalia",
        },
        extra={
            "gov": ["Federal Government of Somalia", "FGS", "Mogadishu government", "Villa Somalia"],
            "mil": ["Somali National Army", "Somali National Armed Forces", "SNA", "Danab"],
            "police": ["Somali Police Force"],
        },
    ),
    "ETH": dict(
        name="Ethiopia",
        adj=["Ethiopian"],
        kinds=ALL_KINDS,
        names={
            "mil": "Ethiopian National Defense Force",
            "police": "Ethiopian Federal Police",
            "leg": "Federal Parliamentary Assembly (Ethiopia)",
        },
        extra={
            "mil": ["Ethiopian National Defense Force", "Ethiopian National Defence Force", "ENDF"],
            "police": ["Ethiopian Federal Police"],
            "gov": ["Addis Ababa government", "federal government of Ethiopia"],
            "leg": ["House of Peoples' Representatives"],
        },
    ),
    "ERI": dict(
        name="Eritrea",
        adj=["Eritrean"],
        kinds=("gov", "mil", "mfa"),
        names={"mil": "Eritrean Defence Forces"},
        extra={"mil": ["Eritrean Defence Forces", "Eritrean Defense Forces"], "gov": ["Asmara government"]},
    ),
    "KEN": dict(
        name="Kenya",
        adj=["Kenyan"],
        kinds=ALL_KINDS,
        names={
            "mil": "Kenya Defence Forces",
            "police": "National Police Service (Kenya)",
            "leg": "Parliament of Kenya",
            "moi": "Ministry of Interior and National Administration (Kenya)",
        },
        extra={
            "mil": ["Kenya Defence Forces", "Kenyan Defence Forces", "KDF"],
            "police": ["Kenya Police", "National Police Service of Kenya"],
        },
    ),
    "NGA": dict(
        name="Nigeria",
        adj=["Nigerian"],
        kinds=ALL_KINDS,
        names={"mil": "Nigerian Armed Forces", "police": "Nigeria Police Force", "leg": "National Assembly of Nigeria"},
        extra={
            "mil": ["Nigerian Armed Forces", "Nigerian Army"],
            "police": ["Nigeria Police Force", "Nigerian Police Force"],
            "gov": [
                "Federal Government of Nigeria",
                "Abuja government",
                "Aso Rock",
                "Aso Villa",
                "Nigerian Presidency",
            ],
            "leg": ["Nigerian National Assembly", "Nigerian Senate"],
        },
    ),
    "MLI": dict(
        name="Mali",
        adj=["Malian"],
        kinds=ALL_KINDS,
        names={
            "gov": "Transitional Government of Mali",
            "mil": "Malian Armed Forces",
            "leg": "National Transitional Council (Mali)",
        },
        extra={
            "gov": [
                "Malian junta",
                "Mali's junta",
                "Mali's military government",
                "Malian transitional government",
                "Mali's military rulers",
                "Malian military government",
                "Bamako government",
            ],
            "mil": ["Malian Armed Forces", "FAMa", "Malian army"],
        },
    ),
    "BFA": dict(
        name="Burkina Faso",
        adj=["Burkinabe", "Burkinabè", "Burkina"],
        kinds=ALL_KINDS,
        names={
            "gov": "Transitional Government of Burkina Faso",
            "mil": "Armed Forces of Burkina Faso",
            "leg": "Transitional Legislative Assembly (Burkina Faso)",
        },
        extra={
            "gov": [
                "Burkina Faso's junta",
                "Burkinabe junta",
                "Burkina junta",
                "Burkina Faso's military government",
                "Burkina Faso's military rulers",
                "Ouagadougou government",
            ],
            "mil": ["Burkina Faso Armed Forces", "Burkinabe Armed Forces"],
        },
    ),
    "NER": dict(
        name="Niger",
        adj=["Nigerien"],
        kinds=ALL_KINDS,
        names={"gov": "Government of Niger", "mil": "Niger Armed Forces", "leg": "National Assembly of Niger"},
        extra={
            "gov": [
                "Nigerien junta",
                "Niger's junta",
                "Niger junta",
                "National Council for the Safeguard of the Homeland",
                "CNSP",
                "Niger's military government",
                "Niger's military rulers",
                "Niamey government",
            ],
            "mil": ["Niger Armed Forces", "Nigerien Armed Forces", "Niger's army", "Niger's military"],
        },
    ),
    "TCD": dict(
        name="Chad",
        adj=["Chadian"],
        kinds=ALL_KINDS,
        names={"mil": "Chadian National Army", "leg": "National Assembly of Chad"},
        extra={
            "mil": ["Chadian National Army", "Chadian Armed Forces", "Chad's army"],
            "gov": ["N'Djamena government"],
        },
    ),
    "COD": dict(
        name="Democratic Republic of the Congo",
        adj=["Congolese", "DRC", "DR Congo", "Congo"],
        kinds=ALL_KINDS,
        names={
            "mil": "Armed Forces of the Democratic Republic of the Congo",
            "police": "Congolese National Police",
            "leg": "Parliament of the Democratic Republic of the Congo",
        },
        extra={
            "mil": [
                "Armed Forces of the Democratic Republic of the Congo",
                "FARDC",
                "Congolese army",
                "Congolese military",
            ],
            "police": ["Congolese National Police", "PNC (DRC)"],
            "gov": ["Kinshasa government", "Government of the DRC"],
        },
    ),
    "CAF": dict(
        name="Central African Republic",
        adj=["Central African", "CAR"],
        kinds=ALL_KINDS,
        names={"mil": "Central African Armed Forces", "leg": "National Assembly of the Central African Republic"},
        extra={"mil": ["Central African Armed Forces", "FACA"], "gov": ["Bangui government"]},
    ),
    "MOZ": dict(
        name="Mozambique",
        adj=["Mozambican"],
        kinds=ALL_KINDS,
        names={"mil": "Armed Forces for the Defence of Mozambique", "leg": "Assembly of the Republic (Mozambique)"},
        extra={"mil": ["Armed Forces for the Defence of Mozambique", "FADM"], "gov": ["Maputo government"]},
    ),
    "RWA": dict(
        name="Rwanda",
        adj=["Rwandan"],
        kinds=ALL_KINDS,
        names={"mil": "Rwanda Defence Force", "police": "Rwanda National Police", "leg": "Parliament of Rwanda"},
        extra={
            "mil": ["Rwanda Defence Force", "Rwandan Defence Force", "RDF", "Rwanda Defense Force"],
            "gov": ["Kigali government"],
        },
    ),
    "UGA": dict(
        name="Uganda",
        adj=["Ugandan"],
        kinds=ALL_KINDS,
        names={"mil": "Uganda People's Defence Force", "police": "Uganda Police Force", "leg": "Parliament of Uganda"},
        extra={"mil": ["Uganda People's Defence Force", "Uganda People's Defence Forces", "UPDF"]},
    ),
    "BDI": dict(
        name="Burundi",
        adj=["Burundian"],
        kinds=("gov", "mil"),
        names={"mil": "National Defence Force (Burundi)"},
        extra={"mil": ["Burundi National Defence Force", "FDNB"]},
    ),
    "CMR": dict(
        name="Cameroon",
        adj=["Cameroonian"],
        kinds=("gov", "mil", "mfa", "police"),
        names={},
        extra={"gov": ["Yaoundé government"]},
    ),
    "DZA": dict(
        name="Algeria",
        adj=["Algerian"],
        kinds=ALL_KINDS,
        names={"mil": "People's National Army (Algeria)"},
        extra={
            "mil": ["People's National Army of Algeria", "Algerian People's National Army"],
            "gov": ["Algiers government"],
        },
    ),
    "MAR": dict(
        name="Morocco",
        adj=["Moroccan"],
        kinds=ALL_KINDS,
        names={"mil": "Royal Moroccan Armed Forces"},
        extra={
            "mil": ["Royal Moroccan Armed Forces", "Royal Armed Forces (Morocco)"],
            "gov": ["Rabat government", "Makhzen"],
        },
    ),
    "TUN": dict(name="Tunisia", adj=["Tunisian"], kinds=ALL_KINDS, names={}, extra={}),
    # ------------------------------------------------------------------ Europe and Caucasus
    "UKR": dict(
        name="Ukraine",
        adj=["Ukrainian"],
        kinds=ALL_KINDS,
        names={
            "gov": "Cabinet of Ministers of Ukraine",
            "mil": "Armed Forces of Ukraine",
            "police": "National Police of Ukraine",
            "leg": "Verkhovna Rada",
        },
        extra={
            "gov": ["Cabinet of Ministers of Ukraine", "Kyiv government", "Kiev government"],
            "mil": ["Armed Forces of Ukraine", "Ukrainian Armed Forces", "ZSU", "AFU"],
            "police": ["National Police of Ukraine"],
            "leg": ["Verkhovna Rada", "Rada", "Ukrainian Rada"],
        },
    ),
    "BLR": dict(
        name="Belarus",
        adj=["Belarusian"],
        kinds=ALL_KINDS,
        names={"leg": "National Assembly of Belarus"},
        extra={"gov": ["Minsk government", "Lukashenko government", "Lukashenko regime"]},
    ),
    "GEO": dict(
        name="Georgia",
        adj=["Georgian"],
        kinds=ALL_KINDS,
        names={"mil": "Defence Forces of Georgia"},
        extra={"mil": ["Defence Forces of Georgia"], "gov": ["Tbilisi government"]},
    ),
    "ARM": dict(
        name="Armenia",
        adj=["Armenian"],
        kinds=ALL_KINDS,
        names={"leg": "National Assembly of Armenia"},
        extra={"gov": ["Yerevan government"]},
    ),
    "AZE": dict(
        name="Azerbaijan",
        adj=["Azerbaijani", "Azeri"],
        kinds=ALL_KINDS,
        names={"leg": "National Assembly of Azerbaijan"},
        extra={"leg": ["Milli Majlis"], "gov": ["Baku government"]},
    ),
    "POL": dict(
        name="Poland", adj=["Polish"], kinds=ALL_KINDS, names={"leg": "Sejm"}, extra={"leg": ["Sejm", "Polish Sejm"]}
    ),
    "SRB": dict(
        name="Serbia", adj=["Serbian"], kinds=("gov", "mil", "mfa"), names={}, extra={"gov": ["Belgrade government"]}
    ),
    "XKX": dict(
        name="Kosovo",
        adj=["Kosovar", "Kosovo"],
        kinds=("gov", "police"),
        names={"police": "Kosovo Police"},
        extra={"gov": ["Pristina government"]},
    ),
    # ------------------------------------------------------------------ Asia
    "MMR": dict(
        name="Myanmar",
        adj=["Myanmar", "Burmese"],
        kinds=NO_GOV,
        names={
            "mil": "Myanmar Armed Forces",
            "police": "Myanmar Police Force",
            "leg": "Assembly of the Union (Myanmar)",
        },
        extra={
            "mil": ["Tatmadaw", "Myanmar Armed Forces", "Burmese military", "Sit-tat"],
            "leg": ["Pyidaungsu Hluttaw", "Assembly of the Union"],
        },
    ),
    "PHL": dict(
        name="Philippines",
        adj=["Philippine", "Filipino"],
        kinds=ALL_KINDS,
        names={
            "mil": "Armed Forces of the Philippines",
            "police": "Philippine National Police",
            "leg": "Congress of the Philippines",
            "moi": "Department of the Interior and Local Government (Philippines)",
            "mfa": "Department of Foreign Affairs (Philippines)",
            "mod": "Department of National Defense (Philippines)",
        },
        extra={
            "mil": ["Armed Forces of the Philippines"],
            "police": ["Philippine National Police", "PNP"],
            "mfa": ["Philippine Department of Foreign Affairs"],
            "mod": ["Philippine Department of National Defense"],
            "leg": ["Philippine Congress", "Philippine Senate"],
            "gov": ["Manila government", "Malacañang", "Malacanang", "Malacañang Palace", "Malacanang Palace"],
        },
        short={"mil": ["AFP"], "mfa": ["DFA"]},
    ),
    "PRK": dict(
        name="North Korea",
        adj=["North Korean", "N. Korean"],
        kinds=("gov", "mil", "mfa", "mod", "leg"),
        names={"mil": "Korean People's Army", "leg": "Supreme People's Assembly"},
        extra={
            "mil": ["Korean People's Army", "KPA"],
            "leg": ["Supreme People's Assembly"],
            "gov": ["Pyongyang government", "North Korean regime", "Pyongyang regime"],
        },
    ),
    "TWN": dict(
        name="Taiwan",
        adj=["Taiwanese"],
        kinds=ALL_KINDS,
        names={"gov": "Executive Yuan", "mil": "Republic of China Armed Forces", "leg": "Legislative Yuan"},
        extra={
            "gov": ["Executive Yuan", "Taipei government"],
            "mil": ["Republic of China Armed Forces"],
            "leg": ["Legislative Yuan"],
        },
    ),
    "VNM": dict(
        name="Vietnam",
        adj=["Vietnamese"],
        kinds=("gov", "mil", "mfa"),
        names={"mil": "People's Army of Vietnam"},
        extra={"mil": ["People's Army of Vietnam"], "gov": ["Hanoi government"]},
    ),
    "THA": dict(
        name="Thailand",
        adj=["Thai"],
        kinds=ALL_KINDS,
        names={"mil": "Royal Thai Armed Forces", "police": "Royal Thai Police"},
        extra={
            "mil": ["Royal Thai Armed Forces", "Royal Thai Army"],
            "police": ["Royal Thai Police"],
            "gov": ["Bangkok government"],
        },
    ),
    "BGD": dict(
        name="Bangladesh",
        adj=["Bangladeshi"],
        kinds=ALL_KINDS,
        names={"leg": "Jatiya Sangsad"},
        extra={
            "leg": ["Jatiya Sangsad"],
            "police": ["Rapid Action Battalion", "RAB"],
            "gov": ["Dhaka government", "interim government of Bangladesh"],
        },
    ),
    "LKA": dict(
        name="Sri Lanka",
        adj=["Sri Lankan"],
        kinds=("gov", "mil", "mfa", "police"),
        names={},
        extra={"gov": ["Colombo government"]},
    ),
    "KAZ": dict(name="Kazakhstan", adj=["Kazakh"], kinds=("gov", "mil", "mfa"), names={}, extra={}),
    "TJK": dict(name="Tajikistan", adj=["Tajik"], kinds=("gov", "mil", "mfa"), names={}, extra={}),
    "UZB": dict(name="Uzbekistan", adj=["Uzbek"], kinds=("gov", "mil", "mfa"), names={}, extra={}),
    # ------------------------------------------------------------------ Americas
    "COL": dict(
        name="Colombia",
        adj=["Colombian"],
        kinds=ALL_KINDS,
        names={
            "mil": "Military Forces of Colombia",
            "police": "National Police of Colombia",
            "leg": "Congress of Colombia",
        },
        extra={
            "mil": ["Military Forces of Colombia", "Colombian Armed Forces"],
            "police": ["National Police of Colombia", "Colombian National Police"],
            "leg": ["Colombian Congress"],
            "gov": ["Bogotá government", "Bogota government", "Casa de Nariño", "Casa de Narino"],
        },
    ),
    "VEN": dict(
        name="Venezuela",
        adj=["Venezuelan"],
        kinds=ALL_KINDS,
        names={
            "mil": "Bolivarian National Armed Forces",
            "leg": "National Assembly of Venezuela",
            "police": "Bolivarian National Police",
        },
        extra={
            "mil": ["Bolivarian National Armed Forces", "FANB", "Bolivarian National Guard"],
            "gov": ["Maduro government", "Maduro regime", "Caracas government", "Miraflores Palace"],
            "leg": ["Venezuelan National Assembly"],
            "police": ["Bolivarian National Police"],
        },
    ),
    "HTI": dict(
        name="Haiti",
        adj=["Haitian"],
        kinds=("gov", "mil", "police"),
        names={"police": "Haitian National Police", "mil": "Armed Forces of Haiti"},
        extra={
            "police": ["Haitian National Police", "PNH"],
            "mil": ["Armed Forces of Haiti", "FAd'H"],
            "gov": ["Port-au-Prince government"],
        },
    ),
    "CUB": dict(
        name="Cuba",
        adj=["Cuban"],
        kinds=("gov", "mil", "mfa"),
        names={"mil": "Revolutionary Armed Forces (Cuba)"},
        extra={"gov": ["Havana government", "Cuban regime"]},
    ),
    "NIC": dict(
        name="Nicaragua",
        adj=["Nicaraguan"],
        kinds=("gov", "mil", "police"),
        names={},
        extra={"gov": ["Ortega government"]},
    ),
    "ECU": dict(
        name="Ecuador",
        adj=["Ecuadorian"],
        kinds=("gov", "mil", "police"),
        names={},
        extra={"gov": ["Quito government"]},
    ),
    "SLV": dict(name="El Salvador", adj=["Salvadoran"], kinds=("gov", "mil", "police"), names={}, extra={}),
    # ------------------------------------------------------------------ More states often in security news
    "ESP": dict(
        name="Spain",
        adj=["Spanish"],
        kinds=("gov", "mil", "mfa", "mod", "moi", "police", "intelligence"),
        names={"police": "National Police Corps (Spain)", "intelligence": "National Intelligence Centre (Spain)"},
        extra={
            "gov": ["La Moncloa", "Moncloa", "Madrid government"],
            "police": ["Policía Nacional", "Guardia Civil", "Civil Guard (Spain)"],
            "intelligence": ["National Intelligence Centre", "CNI (Spain)"],
        },
    ),
    "NLD": dict(
        name="Netherlands",
        adj=["Dutch"],
        kinds=("gov", "mil", "mfa", "mod"),
        names={},
        extra={"gov": ["The Hague government"]},
    ),
    "BEL": dict(name="Belgium", adj=["Belgian"], kinds=("gov", "mil", "mfa", "mod", "police"), names={}, extra={}),
    "SWE": dict(
        name="Sweden",
        adj=["Swedish"],
        kinds=("gov", "mil", "mfa", "mod", "police", "intelligence"),
        names={"intelligence": "Swedish Security Service"},
        extra={"intelligence": ["Swedish Security Service", "Säpo"]},
    ),
    "NOR": dict(name="Norway", adj=["Norwegian"], kinds=("gov", "mil", "mfa", "mod"), names={}, extra={}),
    "DNK": dict(
        name="Denmark",
        adj=["Danish"],
        kinds=("gov", "mil", "mfa", "mod", "intelligence"),
        names={"intelligence": "Danish Security and Intelligence Service"},
        extra={"intelligence": ["PET (Denmark)", "Danish Security and Intelligence Service"]},
    ),
    "FIN": dict(
        name="Finland",
        adj=["Finnish"],
        kinds=("gov", "mil", "mfa", "mod"),
        names={"mil": "Finnish Defence Forces"},
        extra={"mil": ["Finnish Defence Forces"]},
    ),
    "EST": dict(
        name="Estonia",
        adj=["Estonian"],
        kinds=("gov", "mil", "mfa", "mod"),
        names={"mil": "Estonian Defence Forces"},
        extra={"mil": ["Estonian Defence Forces"]},
    ),
    "LVA": dict(name="Latvia", adj=["Latvian"], kinds=("gov", "mil", "mfa", "mod"), names={}, extra={}),
    "LTU": dict(name="Lithuania", adj=["Lithuanian"], kinds=("gov", "mil", "mfa", "mod"), names={}, extra={}),
    "CZE": dict(
        name="Czech Republic",
        adj=["Czech"],
        kinds=("gov", "mil", "mfa", "mod"),
        names={},
        extra={"gov": ["Prague government"]},
    ),
    "SVK": dict(name="Slovakia", adj=["Slovak"], kinds=("gov", "mil", "mfa"), names={}, extra={}),
    "HUN": dict(
        name="Hungary", adj=["Hungarian"], kinds=("gov", "mil", "mfa"), names={}, extra={"gov": ["Budapest government"]}
    ),
    "ROU": dict(name="Romania", adj=["Romanian"], kinds=("gov", "mil", "mfa", "mod"), names={}, extra={}),
    "MDA": dict(
        name="Moldova", adj=["Moldovan"], kinds=("gov", "mil", "mfa"), names={}, extra={"gov": ["Chisinau government"]}
    ),
    "GRC": dict(
        name="Greece",
        adj=["Greek"],
        kinds=("gov", "mil", "mfa", "mod", "police"),
        names={"police": "Hellenic Police"},
        extra={"police": ["Hellenic Police"], "gov": ["Athens government"]},
    ),
    "CYP": dict(name="Cyprus", adj=["Cypriot"], kinds=("gov", "mfa"), names={}, extra={"gov": ["Nicosia government"]}),
    "CHE": dict(
        name="Switzerland",
        adj=["Swiss"],
        kinds=("gov", "mil", "mfa"),
        names={"gov": "Swiss Federal Council"},
        extra={
            "gov": ["Swiss Federal Council", "Federal Council (Switzerland)", "Bern government"],
            "mfa": ["Federal Department of Foreign Affairs", "FDFA"],
        },
    ),
    "AUT": dict(
        name="Austria",
        adj=["Austrian"],
        kinds=("gov", "mil", "mfa", "moi"),
        names={},
        extra={"gov": ["Vienna government"]},
    ),
    "PRT": dict(
        name="Portugal", adj=["Portuguese"], kinds=("gov", "mil", "mfa"), names={}, extra={"gov": ["Lisbon government"]}
    ),
    "IRL": dict(
        name="Ireland",
        adj=["Irish"],
        kinds=("gov", "mil", "mfa", "police"),
        names={"mil": "Defence Forces (Ireland)", "police": "Garda Síochána"},
        extra={
            "police": ["Garda Síochána", "Gardaí", "Irish police"],
            "mil": ["Irish Defence Forces"],
            "gov": ["Dublin government"],
        },
    ),
    "BIH": dict(name="Bosnia and Herzegovina", adj=["Bosnian"], kinds=("gov",), names={}, extra={}),
    "ALB": dict(name="Albania", adj=["Albanian"], kinds=("gov", "mfa"), names={}, extra={"gov": ["Tirana government"]}),
    "ISL": dict(name="Iceland", adj=["Icelandic"], kinds=("gov",), names={}, extra={}),
    "NZL": dict(
        name="New Zealand",
        adj=["New Zealand"],
        kinds=("gov", "mil", "mfa", "police"),
        names={"mil": "New Zealand Defence Force"},
        extra={"mil": ["New Zealand Defence Force", "NZDF"]},
    ),
    "MYS": dict(
        name="Malaysia",
        adj=["Malaysian"],
        kinds=("gov", "mil", "mfa", "police"),
        names={"police": "Royal Malaysia Police"},
        extra={"police": ["Royal Malaysia Police"]},
    ),
    "SGP": dict(
        name="Singapore",
        adj=["Singaporean"],
        kinds=("gov", "mil", "mfa"),
        names={"mil": "Singapore Armed Forces"},
        extra={"mil": ["Singapore Armed Forces"]},
    ),
    "KHM": dict(
        name="Cambodia",
        adj=["Cambodian"],
        kinds=("gov", "mil", "mfa"),
        names={},
        extra={"gov": ["Phnom Penh government"]},
    ),
    "NPL": dict(name="Nepal", adj=["Nepali", "Nepalese"], kinds=("gov", "mil", "police"), names={}, extra={}),
    "MNG": dict(name="Mongolia", adj=["Mongolian"], kinds=("gov",), names={}, extra={}),
    "TKM": dict(name="Turkmenistan", adj=["Turkmen"], kinds=("gov",), names={}, extra={}),
    "KGZ": dict(name="Kyrgyzstan", adj=["Kyrgyz"], kinds=("gov", "mil"), names={}, extra={}),
    "GHA": dict(name="Ghana", adj=["Ghanaian"], kinds=("gov", "mil", "police"), names={}, extra={}),
    "SEN": dict(
        name="Senegal", adj=["Senegalese"], kinds=("gov", "mil"), names={}, extra={"gov": ["Dakar government"]}
    ),
    "CIV": dict(name="Côte d'Ivoire", adj=["Ivorian"], kinds=("gov", "mil"), names={}, extra={}),
    "TGO": dict(name="Togo", adj=["Togolese"], kinds=("gov", "mil"), names={}, extra={}),
    "BEN": dict(name="Benin", adj=["Beninese"], kinds=("gov", "mil"), names={}, extra={}),
    "GIN": dict(
        name="Guinea",
        adj=["Guinean"],
        kinds=("gov", "mil"),
        names={},
        extra={"gov": ["Guinean junta", "Conakry government"]},
    ),
    "GAB": dict(name="Gabon", adj=["Gabonese"], kinds=("gov", "mil"), names={}, extra={}),
    "MRT": dict(name="Mauritania", adj=["Mauritanian"], kinds=("gov", "mil"), names={}, extra={}),
    "TZA": dict(name="Tanzania", adj=["Tanzanian"], kinds=("gov", "mil", "police"), names={}, extra={}),
    "AGO": dict(name="Angola", adj=["Angolan"], kinds=("gov", "mil"), names={}, extra={}),
    "ZWE": dict(name="Zimbabwe", adj=["Zimbabwean"], kinds=("gov", "mil", "police"), names={}, extra={}),
    "ZMB": dict(name="Zambia", adj=["Zambian"], kinds=("gov", "mil"), names={}, extra={}),
    "MWI": dict(name="Malawi", adj=["Malawian"], kinds=("gov", "mil"), names={}, extra={}),
    "DJI": dict(name="Djibouti", adj=["Djiboutian"], kinds=("gov", "mil"), names={}, extra={}),
    "LBR": dict(name="Liberia", adj=["Liberian"], kinds=("gov",), names={}, extra={}),
    "SLE": dict(name="Sierra Leone", adj=["Sierra Leonean"], kinds=("gov",), names={}, extra={}),
    "GNB": dict(name="Guinea-Bissau", adj=["Bissau-Guinean"], kinds=("gov", "mil"), names={}, extra={}),
    "PER": dict(
        name="Peru", adj=["Peruvian"], kinds=("gov", "mil", "police"), names={}, extra={"gov": ["Lima government"]}
    ),
    "BOL": dict(name="Bolivia", adj=["Bolivian"], kinds=("gov", "mil", "police"), names={}, extra={}),
    "CHL": dict(
        name="Chile",
        adj=["Chilean"],
        kinds=("gov", "mil", "police"),
        names={"police": "Carabineros de Chile"},
        extra={"police": ["Carabineros", "Carabineros de Chile"], "gov": ["La Moneda"]},
    ),
    "GTM": dict(name="Guatemala", adj=["Guatemalan"], kinds=("gov", "mil", "police"), names={}, extra={}),
    "HND": dict(name="Honduras", adj=["Honduran"], kinds=("gov", "mil", "police"), names={}, extra={}),
    "PAN": dict(name="Panama", adj=["Panamanian"], kinds=("gov", "police"), names={}, extra={}),
    "DOM": dict(name="Dominican Republic", adj=["Dominican"], kinds=("gov", "mil"), names={}, extra={}),
    "CRI": dict(name="Costa Rica", adj=["Costa Rican"], kinds=("gov",), names={}, extra={}),
    "URY": dict(name="Uruguay", adj=["Uruguayan"], kinds=("gov",), names={}, extra={}),
    "PRY": dict(name="Paraguay", adj=["Paraguayan"], kinds=("gov",), names={}, extra={}),
    "TTO": dict(name="Trinidad and Tobago", adj=["Trinidadian"], kinds=("gov",), names={}, extra={}),
    "JAM": dict(name="Jamaica", adj=["Jamaican"], kinds=("gov",), names={}, extra={}),
}

# Everything that is not one of the standard kinds above, written out entry by entry.
MANUAL = """
# ------------------------------------------------------------------ United States
- {id: usa-gov, name: United States government, type: government, country: USA, cameo: USAGOV, parent: null,
   aliases: [United States government, US government, U.S. government, American government, Government of the United States,
             US federal government, U.S. federal government, United States federal government, US administration, U.S. administration,
             Washington government],
   short_aliases: [the federal government, federal government, the administration]}
- {id: usa-bush-administration, name: George W. Bush administration, type: government, country: USA, cameo: USAGOV, parent: usa-gov,
   from: 2001-01-20, to: 2009-01-19, aliases: [Bush administration, George W. Bush administration, the Bush administration, Bush White House]}
- {id: usa-obama-administration, name: Obama administration, type: government, country: USA, cameo: USAGOV, parent: usa-gov,
   from: 2009-01-20, to: 2017-01-19, aliases: [Obama administration, the Obama administration, Obama White House, Obama-Biden administration]}
- {id: usa-trump-administration-1, name: First Trump administration, type: government, country: USA, cameo: USAGOV, parent: usa-gov,
   from: 2017-01-20, to: 2021-01-19,
   aliases: [Trump administration, the Trump administration, first Trump administration, Trump White House],
   ambiguous_aliases: [Trump administration, the Trump administration, Trump White House]}
- {id: usa-biden-administration, name: Biden administration, type: government, country: USA, cameo: USAGOV, parent: usa-gov,
   from: 2021-01-20, to: 2025-01-19,
   aliases: [Biden administration, the Biden administration, Biden-Harris administration, Biden White House, "Biden's administration"]}
- {id: usa-trump-administration-2, name: Second Trump administration, type: government, country: USA, cameo: USAGOV, parent: usa-gov,
   from: 2025-01-20, to: null,
   aliases: [Trump administration, the Trump administration, second Trump administration, Trump White House],
   ambiguous_aliases: [Trump administration, the Trump administration, Trump White House]}
- {id: usa-white-house, name: White House, type: government, country: USA, cameo: USAGOV, parent: usa-gov,
   aliases: [White House, the White House, Executive Office of the President, West Wing, Oval Office]}
- {id: usa-nsc, name: National Security Council, type: government, country: USA, cameo: USAGOV, parent: usa-white-house,
   aliases: [National Security Council, the National Security Council, White House National Security Council, US National Security Council,
             U.S. National Security Council, NSC]}
- {id: usa-mfa, name: United States Department of State, type: ministry, country: USA, cameo: USAGOV, parent: usa-gov,
   aliases: [State Department, the State Department, Department of State, US Department of State, U.S. Department of State,
             United States Department of State, US State Department, U.S. State Department, State Dept., the State Dept., State Dept,
             Foggy Bottom]}
- {id: usa-mfa-counterterrorism, name: Bureau of Counterterrorism, type: ministry, country: USA, cameo: USAGOV, parent: usa-mfa,
   aliases: [Bureau of Counterterrorism, State Department Bureau of Counterterrorism, Office of the Coordinator for Counterterrorism,
             "State Department's counterterrorism bureau", Bureau of Counterterrorism and Countering Violent Extremism]}
- {id: usa-mod, name: United States Department of Defense, type: ministry, country: USA, cameo: USAGOVMIL, parent: usa-gov,
   aliases: [Pentagon, the Pentagon, Department of Defense, Defense Department, Defence Department, Department of Defence, DoD, DOD,
             US Department of Defense, U.S. Department of Defense, United States Department of Defense, US Defense Department,
             U.S. Defense Department, Defense Dept., Department of War, War Department, US Department of War],
   note: '"Department of War" is a secondary name authorised in September 2025.'}
- {id: usa-joint-chiefs, name: Joint Chiefs of Staff, type: military, country: USA, cameo: USAMIL, parent: usa-mod,
   aliases: [Joint Chiefs of Staff, the Joint Chiefs, Joint Chiefs, US Joint Chiefs of Staff]}
- {id: usa-mil, name: United States Armed Forces, type: military, country: USA, cameo: USAMIL, parent: usa-mod,
   aliases: [United States Armed Forces, US Armed Forces, U.S. Armed Forces, US military, U.S. military, American military,
             United States military, US armed forces, US forces, U.S. forces, American forces, US troops, U.S. troops, American troops,
             "America's military"]}
- {id: usa-army, name: United States Army, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Army, US Army, U.S. Army, American army]}
- {id: usa-navy, name: United States Navy, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Navy, US Navy, U.S. Navy, American navy]}
- {id: usa-air-force, name: United States Air Force, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Air Force, US Air Force, U.S. Air Force, USAF]}
- {id: usa-marines, name: United States Marine Corps, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Marine Corps, US Marine Corps, U.S. Marine Corps, Marine Corps, US Marines, U.S. Marines, USMC]}
- {id: usa-space-force, name: United States Space Force, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Space Force, US Space Force, U.S. Space Force, Space Force]}
- {id: usa-coast-guard, name: United States Coast Guard, type: military, country: USA, cameo: USAMIL, parent: usa-dhs,
   aliases: [United States Coast Guard, US Coast Guard, U.S. Coast Guard, USCG]}
- {id: usa-national-guard, name: National Guard, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [National Guard, the National Guard, US National Guard, U.S. National Guard, Air National Guard, Army National Guard,
             National Guard Bureau]}
- {id: usa-centcom, name: United States Central Command, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Central Command, US Central Command, U.S. Central Command, CENTCOM, Centcom]}
- {id: usa-africom, name: United States Africa Command, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Africa Command, US Africa Command, U.S. Africa Command, Africa Command, AFRICOM, Africom]}
- {id: usa-eucom, name: United States European Command, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States European Command, US European Command, U.S. European Command, European Command, EUCOM, Eucom]}
- {id: usa-indopacom, name: United States Indo-Pacific Command, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Indo-Pacific Command, US Indo-Pacific Command, U.S. Indo-Pacific Command, Indo-Pacific Command, INDOPACOM,
             Pacific Command, PACOM]}
- {id: usa-southcom, name: United States Southern Command, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Southern Command, US Southern Command, U.S. Southern Command, SOUTHCOM, Southcom]}
- {id: usa-northcom, name: United States Northern Command, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Northern Command, US Northern Command, U.S. Northern Command, NORTHCOM, Northcom]}
- {id: usa-socom, name: United States Special Operations Command, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Special Operations Command, US Special Operations Command, U.S. Special Operations Command, SOCOM,
             Special Operations Command, US special forces, U.S. special forces, US special operations forces, JSOC, Joint Special Operations Command]}
- {id: usa-cybercom, name: United States Cyber Command, type: military, country: USA, cameo: USAMIL, parent: usa-mil,
   aliases: [United States Cyber Command, US Cyber Command, U.S. Cyber Command, Cyber Command, CYBERCOM]}
- {id: usa-cia, name: Central Intelligence Agency, type: intelligence, country: USA, cameo: USASPY, parent: usa-gov,
   aliases: [Central Intelligence Agency, CIA, the CIA, US Central Intelligence Agency]}
- {id: usa-fbi, name: Federal Bureau of Investigation, type: police, country: USA, cameo: USACOP, parent: usa-doj,
   aliases: [Federal Bureau of Investigation, FBI, the FBI, the Bureau (FBI)]}
- {id: usa-nsa, name: National Security Agency, type: intelligence, country: USA, cameo: USASPY, parent: usa-mod,
   aliases: [National Security Agency, NSA, the NSA, US National Security Agency]}
- {id: usa-odni, name: Office of the Director of National Intelligence, type: intelligence, country: USA, cameo: USASPY, parent: usa-intelligence,
   aliases: [Office of the Director of National Intelligence, ODNI, Director of National Intelligence office]}
- {id: usa-intelligence, name: United States Intelligence Community, type: intelligence, country: USA, cameo: USASPY, parent: usa-gov,
   aliases: [United States Intelligence Community, US intelligence community, U.S. intelligence community, American intelligence community,
             US intelligence, U.S. intelligence, American intelligence, US intelligence agencies, U.S. intelligence agencies,
             American intelligence agencies, US spy agencies, U.S. spy agencies, the intelligence community]}
- {id: usa-judiciary, name: United States federal judiciary, type: judiciary, country: USA, cameo: USAJUD, parent: null,
   aliases: [United States federal judiciary, US federal courts, U.S. federal courts, US judiciary, U.S. judiciary, federal judiciary]}
- {id: usa-dia, name: Defense Intelligence Agency, type: intelligence, country: USA, cameo: USAMILSPY, parent: usa-mod,
   aliases: [Defense Intelligence Agency, DIA, US Defense Intelligence Agency]}
- {id: usa-nctc, name: National Counterterrorism Center, type: intelligence, country: USA, cameo: USASPY, parent: usa-odni,
   aliases: [National Counterterrorism Center, National Counter-terrorism Center, NCTC]}
- {id: usa-dhs, name: United States Department of Homeland Security, type: ministry, country: USA, cameo: USAGOV, parent: usa-gov,
   aliases: [Department of Homeland Security, Homeland Security Department, DHS, US Department of Homeland Security,
             U.S. Department of Homeland Security, Homeland Security]}
- {id: usa-doj, name: United States Department of Justice, type: ministry, country: USA, cameo: USAJUD, parent: usa-gov,
   aliases: [Department of Justice, Justice Department, DOJ, US Department of Justice, U.S. Department of Justice, US Justice Department,
             U.S. Justice Department]}
- {id: usa-treasury, name: United States Department of the Treasury, type: ministry, country: USA, cameo: USAGOV, parent: usa-gov,
   aliases: [Department of the Treasury, Treasury Department, US Treasury, U.S. Treasury, US Treasury Department, U.S. Treasury Department]}
- {id: usa-ofac, name: Office of Foreign Assets Control, type: ministry, country: USA, cameo: USAGOV, parent: usa-treasury,
   aliases: [Office of Foreign Assets Control, OFAC]}
- {id: usa-ice, name: U.S. Immigration and Customs Enforcement, type: police, country: USA, cameo: USACOP, parent: usa-dhs,
   aliases: [Immigration and Customs Enforcement, US Immigration and Customs Enforcement, U.S. Immigration and Customs Enforcement, ICE]}
- {id: usa-cbp, name: U.S. Customs and Border Protection, type: police, country: USA, cameo: USACOP, parent: usa-dhs,
   aliases: [Customs and Border Protection, US Customs and Border Protection, U.S. Customs and Border Protection, CBP, Border Patrol,
             US Border Patrol, U.S. Border Patrol]}
- {id: usa-secret-service, name: United States Secret Service, type: police, country: USA, cameo: USACOP, parent: usa-dhs,
   aliases: [Secret Service, US Secret Service, U.S. Secret Service, United States Secret Service]}
- {id: usa-dea, name: Drug Enforcement Administration, type: police, country: USA, cameo: USACOP, parent: usa-doj,
   aliases: [Drug Enforcement Administration, DEA]}
- {id: usa-usaid, name: United States Agency for International Development, type: ministry, country: USA, cameo: USAGOV, parent: usa-gov,
   aliases: [United States Agency for International Development, US Agency for International Development, USAID],
   to: 2025-07-01, note: Functions moved into the State Department on 2025-07-01.}
- {id: usa-leg, name: United States Congress, type: legislature, country: USA, cameo: USALEG, parent: null,
   aliases: [United States Congress, US Congress, U.S. Congress, Congress, the Congress, American Congress, Capitol Hill]}
- {id: usa-senate, name: United States Senate, type: legislature, country: USA, cameo: USALEG, parent: usa-leg,
   aliases: [United States Senate, US Senate, U.S. Senate, Senate Foreign Relations Committee, Senate Armed Services Committee,
             Senate Intelligence Committee],
   short_aliases: [the Senate, Senate]}
- {id: usa-house, name: United States House of Representatives, type: legislature, country: USA, cameo: USALEG, parent: usa-leg,
   aliases: [United States House of Representatives, US House of Representatives, U.S. House of Representatives, US House, U.S. House,
             House Foreign Affairs Committee, House Armed Services Committee, House Intelligence Committee],
   short_aliases: [the House, House of Representatives]}
- {id: usa-supreme-court, name: Supreme Court of the United States, type: judiciary, country: USA, cameo: USAJUD, parent: null,
   aliases: [Supreme Court of the United States, US Supreme Court, U.S. Supreme Court, SCOTUS], short_aliases: [the Supreme Court, Supreme Court]}
# ------------------------------------------------------------------ United Kingdom
- {id: gbr-gov, name: Government of the United Kingdom, type: government, country: GBR, cameo: GBRGOV, parent: null,
   aliases: [Government of the United Kingdom, UK government, U.K. government, British government, United Kingdom government,
             "His Majesty's Government", "Her Majesty's Government", HM Government, Whitehall, London government]}
- {id: gbr-downing-street, name: Downing Street, type: government, country: GBR, cameo: GBRGOV, parent: gbr-gov,
   aliases: [Downing Street, 10 Downing Street, Number 10, No 10, No. 10, "Prime Minister's Office (UK)"]}
- {id: gbr-mfa, name: 'Foreign, Commonwealth and Development Office', type: ministry, country: GBR, cameo: GBRGOV, parent: gbr-gov,
   aliases: ["Foreign, Commonwealth and Development Office", Foreign Commonwealth and Development Office, FCDO, Foreign Office,
             the Foreign Office, Foreign and Commonwealth Office, FCO, UK Foreign Office, British Foreign Office, British Foreign Ministry,
             UK Foreign Ministry]}
- {id: gbr-mi6, name: Secret Intelligence Service, type: intelligence, country: GBR, cameo: GBRSPY, parent: gbr-mfa,
   aliases: [Secret Intelligence Service, MI6, SIS (UK), British intelligence]}
- {id: gbr-mi5, name: Security Service (MI5), type: intelligence, country: GBR, cameo: GBRSPY, parent: gbr-moi,
   aliases: [MI5, Security Service (UK), British Security Service]}
- {id: gbr-gchq, name: Government Communications Headquarters, type: intelligence, country: GBR, cameo: GBRSPY, parent: gbr-mfa,
   aliases: [Government Communications Headquarters, GCHQ]}
- {id: gbr-navy, name: Royal Navy, type: military, country: GBR, cameo: GBRMIL, parent: gbr-mil, aliases: [Royal Navy, British navy]}
- {id: gbr-air-force, name: Royal Air Force, type: military, country: GBR, cameo: GBRMIL, parent: gbr-mil, aliases: [Royal Air Force, RAF]}
# ------------------------------------------------------------------ Russia
- {id: rus-kremlin, name: Kremlin, type: government, country: RUS, cameo: RUSGOV, parent: rus-gov,
   aliases: [Kremlin, the Kremlin, Presidential Administration of Russia, Russian presidency, Russian Presidential Administration]}
- {id: rus-fsb, name: Federal Security Service, type: intelligence, country: RUS, cameo: RUSSPY, parent: rus-gov,
   aliases: [Federal Security Service, FSB, Russian Federal Security Service, "Russia's Federal Security Service"]}
- {id: rus-gru, name: Main Intelligence Directorate (GRU), type: intelligence, country: RUS, cameo: RUSSPY, parent: rus-mil,
   aliases: [GRU, Russian military intelligence, Main Directorate of the General Staff, Main Intelligence Directorate of the Russian General Staff]}
- {id: rus-svr, name: Foreign Intelligence Service (Russia), type: intelligence, country: RUS, cameo: RUSSPY, parent: rus-gov,
   aliases: [SVR, Russian Foreign Intelligence Service, "Russia's Foreign Intelligence Service"]}
- {id: rus-rosgvardia, name: National Guard of Russia, type: military, country: RUS, cameo: RUSMIL, parent: rus-gov,
   aliases: [National Guard of Russia, Rosgvardia, Russian National Guard, Rosgvardiya]}
- {id: rus-general-staff, name: General Staff of the Russian Armed Forces, type: military, country: RUS, cameo: RUSMIL, parent: rus-mil,
   aliases: [General Staff of the Russian Armed Forces, Russian General Staff]}
- {id: rus-duma, name: State Duma, type: legislature, country: RUS, cameo: RUSLEG, parent: rus-leg,
   aliases: [State Duma, Duma, the Duma, Russian Duma, Russian State Duma]}
- {id: rus-federation-council, name: Federation Council, type: legislature, country: RUS, cameo: RUSLEG, parent: rus-leg,
   aliases: [Federation Council, Russian Federation Council]}
- {id: rus-investigative-committee, name: Investigative Committee of Russia, type: police, country: RUS, cameo: RUSCOP, parent: rus-gov,
   aliases: [Investigative Committee of Russia, Russian Investigative Committee, "Russia's Investigative Committee"]}
- {id: rus-black-sea-fleet, name: Black Sea Fleet, type: military, country: RUS, cameo: RUSMIL, parent: rus-mil,
   aliases: [Black Sea Fleet, Russian Black Sea Fleet, "Russia's Black Sea Fleet"]}
- {id: rus-akhmat, name: Akhmat special forces, type: military, country: RUS, cameo: RUSMIL, parent: rus-rosgvardia,
   aliases: [Akhmat special forces, Akhmat battalion, Akhmat unit, Kadyrovtsy, Kadyrovites]}
# ------------------------------------------------------------------ Ukraine
- {id: ukr-presidency, name: Office of the President of Ukraine, type: government, country: UKR, cameo: UKRGOV, parent: ukr-gov,
   aliases: [Office of the President of Ukraine, Ukrainian presidential office, "Ukraine's presidential office", Bankova, "Zelensky's office",
             Ukrainian presidency]}
- {id: ukr-general-staff, name: General Staff of the Armed Forces of Ukraine, type: military, country: UKR, cameo: UKRMIL, parent: ukr-mil,
   aliases: [General Staff of the Armed Forces of Ukraine, Ukrainian General Staff, "Ukraine's General Staff", General Staff of Ukraine]}
- {id: ukr-sbu, name: Security Service of Ukraine, type: intelligence, country: UKR, cameo: UKRSPY, parent: ukr-gov,
   aliases: [Security Service of Ukraine, SBU, Ukrainian Security Service, "Ukraine's Security Service"]}
- {id: ukr-hur, name: Main Directorate of Intelligence (Ukraine), type: intelligence, country: UKR, cameo: UKRSPY, parent: ukr-mod,
   aliases: [Main Directorate of Intelligence of Ukraine, Defence Intelligence of Ukraine, HUR, GUR, Ukrainian military intelligence,
             "Ukraine's military intelligence", "Ukraine's military intelligence agency"]}
- {id: ukr-national-guard, name: National Guard of Ukraine, type: military, country: UKR, cameo: UKRMIL, parent: ukr-moi,
   aliases: [National Guard of Ukraine, Ukrainian National Guard, "Ukraine's National Guard"]}
- {id: ukr-azov, name: Azov Brigade, type: military, country: UKR, cameo: UKRMIL, parent: ukr-national-guard,
   aliases: [Azov Brigade, Azov Regiment, Azov Battalion, 12th Azov Brigade, Azov Assault Brigade]}
# ------------------------------------------------------------------ China
- {id: chn-ccp, name: Chinese Communist Party, type: party, country: CHN, cameo: CHNPTY, parent: null,
   aliases: [Chinese Communist Party, Communist Party of China, CCP, CPC, Chinese Communist Party Central Committee, Politburo Standing Committee]}
- {id: chn-cmc, name: Central Military Commission, type: military, country: CHN, cameo: CHNMIL, parent: chn-ccp,
   aliases: [Central Military Commission, "China's Central Military Commission", CMC (China)]}
- {id: chn-mss, name: Ministry of State Security, type: intelligence, country: CHN, cameo: CHNSPY, parent: chn-gov,
   aliases: [Ministry of State Security, MSS, Chinese Ministry of State Security, "China's Ministry of State Security", Chinese intelligence]}
- {id: chn-coast-guard, name: China Coast Guard, type: police, country: CHN, cameo: CHNCOP, parent: chn-gov,
   aliases: [China Coast Guard, Chinese coast guard, CCG]}
- {id: chn-navy, name: People's Liberation Army Navy, type: military, country: CHN, cameo: CHNMIL, parent: chn-mil,
   aliases: ["People's Liberation Army Navy", PLA Navy, Chinese navy], short_aliases: [PLAN]}
- {id: chn-taiwan-affairs-office, name: Taiwan Affairs Office, type: ministry, country: CHN, cameo: CHNGOV, parent: chn-gov,
   aliases: [Taiwan Affairs Office, "China's Taiwan Affairs Office"]}
# ------------------------------------------------------------------ Europe, other G20
- {id: fra-gov, name: Government of France, type: government, country: FRA, cameo: FRAGOV, parent: null,
   aliases: [Government of France, French government, France government, Paris government]}
- {id: fra-elysee, name: Élysée Palace, type: government, country: FRA, cameo: FRAGOV, parent: fra-gov,
   aliases: [Élysée Palace, Elysee Palace, the Élysée, the Elysee, Élysée, Elysee, French presidency]}
- {id: fra-mil, name: French Armed Forces, type: military, country: FRA, cameo: FRAMIL, parent: fra-mod,
   aliases: [French Armed Forces, French military, French armed forces, French forces, French troops, French army, "France's military"]}
- {id: fra-dgse, name: Directorate-General for External Security, type: intelligence, country: FRA, cameo: FRASPY, parent: fra-mod,
   aliases: [Directorate-General for External Security, DGSE, French foreign intelligence]}
- {id: fra-dgsi, name: General Directorate for Internal Security, type: intelligence, country: FRA, cameo: FRASPY, parent: fra-moi,
   aliases: [General Directorate for Internal Security, DGSI]}
- {id: fra-pnat, name: National Anti-Terrorism Prosecutor's Office, type: judiciary, country: FRA, cameo: FRAJUD, parent: null,
   aliases: ["National Anti-Terrorism Prosecutor's Office", French anti-terrorism prosecutors, PNAT, French anti-terror prosecutors]}
- {id: deu-chancellery, name: Federal Chancellery, type: government, country: DEU, cameo: DEUGOV, parent: deu-gov,
   aliases: [Federal Chancellery, German Chancellery, Chancellery (Germany), Kanzleramt]}
- {id: deu-bnd, name: Federal Intelligence Service (Germany), type: intelligence, country: DEU, cameo: DEUSPY, parent: deu-gov,
   aliases: [BND, Bundesnachrichtendienst, German Federal Intelligence Service, German foreign intelligence]}
- {id: deu-bfv, name: Federal Office for the Protection of the Constitution, type: intelligence, country: DEU, cameo: DEUSPY, parent: deu-moi,
   aliases: [Federal Office for the Protection of the Constitution, BfV, Verfassungsschutz, German domestic intelligence]}
- {id: ita-aise, name: Agenzia Informazioni e Sicurezza Esterna, type: intelligence, country: ITA, cameo: ITASPY, parent: ita-gov,
   aliases: [Agenzia Informazioni e Sicurezza Esterna, AISE, Italian foreign intelligence]}
- {id: can-csis, name: Canadian Security Intelligence Service, type: intelligence, country: CAN, cameo: CANSPY, parent: can-moi,
   aliases: [Canadian Security Intelligence Service, CSIS]}
- {id: aus-asio, name: Australian Security Intelligence Organisation, type: intelligence, country: AUS, cameo: AUSSPY, parent: aus-moi,
   aliases: [Australian Security Intelligence Organisation, ASIO]}
- {id: aus-asis, name: Australian Secret Intelligence Service, type: intelligence, country: AUS, cameo: AUSSPY, parent: aus-mfa,
   aliases: [Australian Secret Intelligence Service, ASIS]}
- {id: jpn-pmo, name: Prime Minister's Office of Japan, type: government, country: JPN, cameo: JPNGOV, parent: jpn-gov,
   aliases: ["Prime Minister's Office of Japan", Japanese Prime Minister's Office]}
- {id: kor-presidential-office, name: Office of the President (South Korea), type: government, country: KOR, cameo: KORGOV, parent: kor-gov,
   aliases: [South Korean presidential office, "South Korea's presidential office", Blue House, Cheong Wa Dae, Yongsan presidential office]}
- {id: kor-nis, name: National Intelligence Service (South Korea), type: intelligence, country: KOR, cameo: KORSPY, parent: kor-gov,
   aliases: [National Intelligence Service, NIS, South Korean National Intelligence Service, "South Korea's National Intelligence Service",
             "South Korea's spy agency", South Korean intelligence]}
- {id: kor-jcs, name: Joint Chiefs of Staff (South Korea), type: military, country: KOR, cameo: KORMIL, parent: kor-mil,
   aliases: [South Korean Joint Chiefs of Staff, "South Korea's Joint Chiefs of Staff", JCS]}
- {id: kor-unification-ministry, name: Ministry of Unification, type: ministry, country: KOR, cameo: KORGOV, parent: kor-gov,
   aliases: [Ministry of Unification, Unification Ministry, South Korean Unification Ministry]}
- {id: ind-pmo, name: Prime Minister's Office (India), type: government, country: IND, cameo: INDGOV, parent: ind-gov,
   aliases: ["Prime Minister's Office (India)", Indian PMO, "India's Prime Minister's Office"]}
- {id: ind-raw, name: Research and Analysis Wing, type: intelligence, country: IND, cameo: INDSPY, parent: ind-gov,
   aliases: [Research and Analysis Wing, R&AW, Indian intelligence], short_aliases: [RAW]}
- {id: ind-ib, name: Intelligence Bureau (India), type: intelligence, country: IND, cameo: INDSPY, parent: ind-moi,
   aliases: [Intelligence Bureau, Indian Intelligence Bureau]}
- {id: ind-nia, name: National Investigation Agency, type: police, country: IND, cameo: INDCOP, parent: ind-moi,
   aliases: [National Investigation Agency, NIA, Indian National Investigation Agency]}
- {id: ind-crpf, name: Central Reserve Police Force, type: police, country: IND, cameo: INDCOP, parent: ind-moi,
   aliases: [Central Reserve Police Force, CRPF]}
- {id: ind-bsf, name: Border Security Force, type: police, country: IND, cameo: INDCOP, parent: ind-moi,
   aliases: [Border Security Force, BSF]}
- {id: ind-bjp, name: Bharatiya Janata Party, type: party, country: IND, cameo: INDPTY, parent: null,
   aliases: [Bharatiya Janata Party, BJP]}
- {id: ind-congress-party, name: Indian National Congress, type: party, country: IND, cameo: INDPTY, parent: null,
   aliases: [Indian National Congress, Congress party, Congress Party (India)]}
- {id: tur-presidency, name: Presidency of Turkey, type: government, country: TUR, cameo: TURGOV, parent: tur-gov,
   aliases: [Turkish presidency, Presidency of the Republic of Türkiye, Presidency of Turkey, Beştepe, Turkish Presidential Complex]}
- {id: tur-mit, name: National Intelligence Organization (Turkey), type: intelligence, country: TUR, cameo: TURSPY, parent: tur-gov,
   aliases: [National Intelligence Organization, MİT, Turkish intelligence, Turkish National Intelligence Organization],
   short_aliases: [MIT]}
- {id: sau-royal-court, name: Royal Court of Saudi Arabia, type: government, country: SAU, cameo: SAUGOV, parent: sau-gov,
   aliases: [Saudi Royal Court, Royal Court of Saudi Arabia, Saudi royal family]}
- {id: sau-gip, name: General Intelligence Presidency, type: intelligence, country: SAU, cameo: SAUSPY, parent: sau-gov,
   aliases: [General Intelligence Presidency, Saudi intelligence, GIP]}
- {id: idn-bin, name: State Intelligence Agency (Indonesia), type: intelligence, country: IDN, cameo: IDNSPY, parent: idn-gov,
   aliases: [Badan Intelijen Negara, BIN, Indonesian State Intelligence Agency]}
- {id: idn-densus-88, name: Detachment 88, type: police, country: IDN, cameo: IDNCOP, parent: idn-police,
   aliases: [Detachment 88, Densus 88, Special Detachment 88]}
- {id: bra-abin, name: Brazilian Intelligence Agency, type: intelligence, country: BRA, cameo: BRASPY, parent: bra-gov,
   aliases: [Brazilian Intelligence Agency, ABIN]}
# ------------------------------------------------------------------ Afghanistan and Pakistan
- {id: afg-republic, name: Islamic Republic of Afghanistan, type: government, country: AFG, cameo: AFGGOV, parent: null,
   from: 2001-12-22, to: 2021-08-14,
   aliases: [Islamic Republic of Afghanistan, Government of the Islamic Republic of Afghanistan, GIRoA, former Afghan government,
             previous Afghan government, ousted Afghan government, Western-backed Afghan government, US-backed Afghan government,
             Ghani government, Karzai government, Afghan Republic, Afghan republic government],
   note: Includes the Afghan Interim and Transitional Administrations (2001-2004) that preceded it.}
- {id: afg-mil, name: Afghan National Defense and Security Forces, type: military, country: AFG, cameo: AFGMIL, parent: afg-republic,
   from: 2002, to: 2021-08-15,
   aliases: [Afghan National Defense and Security Forces, Afghan National Defence and Security Forces, ANDSF, Afghan National Army, ANA,
             Afghan National Security Forces, ANSF, Afghan security forces, former Afghan army, former Afghan security forces, Afghan Air Force]}
- {id: afg-nds, name: National Directorate of Security, type: intelligence, country: AFG, cameo: AFGSPY, parent: afg-republic,
   from: 2002, to: 2021-08-15, aliases: [National Directorate of Security, NDS, Afghan intelligence agency, former Afghan intelligence]}
- {id: afg-ie-armed-forces, name: Islamic Emirate armed forces, type: military, country: AFG, cameo: AFGINS, parent: taliban,
   from: 2021-08-15,
   aliases: [Islamic Emirate armed forces, Islamic Emirate forces, Taliban security forces, Islamic Emirate army]}
- {id: afg-gdi, name: General Directorate of Intelligence, type: intelligence, country: AFG, cameo: AFGINS, parent: taliban,
   from: 2021-08-15, aliases: [General Directorate of Intelligence, GDI, Taliban intelligence, Taliban intelligence agency,
             "Taliban's intelligence agency", "Taliban's General Directorate of Intelligence"]}
- {id: afg-vice-virtue-ministry, name: Ministry for the Propagation of Virtue and the Prevention of Vice, type: ministry, country: AFG,
   cameo: AFGGOV, parent: taliban, from: 2021-09-07,
   aliases: [Ministry for the Propagation of Virtue and the Prevention of Vice, Ministry of Vice and Virtue, Vice and Virtue Ministry,
             Ministry for the Promotion of Virtue and Prevention of Vice, morality police (Afghanistan)]}
- {id: pak-isi, name: Inter-Services Intelligence, type: intelligence, country: PAK, cameo: PAKSPY, parent: pak-mil,
   aliases: [Inter-Services Intelligence, Inter Services Intelligence, ISI, Pakistani intelligence, Pakistan's spy agency]}
- {id: pak-ispr, name: Inter-Services Public Relations, type: military, country: PAK, cameo: PAKMIL, parent: pak-mil,
   aliases: [Inter-Services Public Relations, ISPR, Pakistani military's media wing, "military's media wing"]}
- {id: pak-fc, name: Frontier Corps, type: military, country: PAK, cameo: PAKMIL, parent: pak-moi,
   aliases: [Frontier Corps, Frontier Corps Khyber Pakhtunkhwa, Frontier Corps Balochistan]}
- {id: pak-ctd, name: Counter Terrorism Department (Pakistan), type: police, country: PAK, cameo: PAKCOP, parent: pak-police,
   aliases: [Counter Terrorism Department, Counter-Terrorism Department, CTD]}
- {id: pak-pti, name: Pakistan Tehreek-e-Insaf, type: party, country: PAK, cameo: PAKPTY, parent: null,
   aliases: [Pakistan Tehreek-e-Insaf, Pakistan Tehrik-e-Insaf, PTI], ambiguous_aliases: [PTI]}
# ------------------------------------------------------------------ Iraq and Syria
- {id: irq-gov, name: Government of Iraq, type: government, country: IRQ, cameo: IRQGOV, parent: null, from: 2004-06-28,
   aliases: [Baghdad government, federal government in Baghdad, Iraqi federal government]}
- {id: irq-baath-regime, name: Baathist Iraq, type: government, country: IRQ, cameo: IRQGOV, parent: null, from: 1968-07-17, to: 2003-04-09,
   aliases: [Baathist Iraq, "Ba'athist Iraq", Saddam Hussein regime, "Saddam Hussein's regime", "Saddam Hussein's government", Saddam regime,
             "Saddam's regime", Iraqi Baath regime]}
- {id: irq-cpa, name: Coalition Provisional Authority, type: government, country: IRQ, cameo: IRQGOV, parent: null,
   from: 2003-05-16, to: 2004-06-28, aliases: [Coalition Provisional Authority, CPA]}
- {id: irq-cts, name: Counter Terrorism Service (Iraq), type: military, country: IRQ, cameo: IRQMIL, parent: irq-gov,
   aliases: [Iraqi Counter Terrorism Service, Counter Terrorism Service, Counter-Terrorism Service, CTS, Golden Division]}
- {id: irq-inis, name: Iraqi National Intelligence Service, type: intelligence, country: IRQ, cameo: IRQSPY, parent: irq-gov,
   aliases: [Iraqi National Intelligence Service, INIS, Iraqi intelligence]}
- {id: krg, name: Kurdistan Regional Government, type: government, country: IRQ, cameo: IRQGOV, parent: null, from: 1992,
   aliases: [Kurdistan Regional Government, KRG, Kurdish regional government, Iraqi Kurdish government, Erbil government],
   metonyms: [Erbil]}
- {id: irq-peshmerga, name: Peshmerga, type: military, country: IRQ, cameo: IRQMIL, parent: krg,
   aliases: [Peshmerga, Kurdish Peshmerga, Peshmerga forces, Kurdish Peshmerga forces]}
- {id: syr-gov, name: Syrian transitional government, type: government, country: SYR, cameo: SYRGOV, parent: null, from: 2024-12-08,
   affiliations: [hts],
   aliases: [Syrian transitional government, Syrian Transitional Government, transitional government of Syria, Syrian caretaker government,
             "Syria's caretaker government", "Syria's new authorities", "Syria's new government", new Syrian government, new Syrian authorities,
             "Syria's transitional government", "Syria's interim authorities", Syrian interim authorities],
   note: 'Caretaker government from 2024-12-10 and transitional government from 2025-03-29, led by Ahmed al-Sharaa.'}
- {id: syr-assad-regime, name: Assad regime, type: government, country: SYR, cameo: SYRGOV, parent: null, from: 1971-03-14, to: 2024-12-07,
   aliases: [Assad regime, Assad government, "Assad's government", "Assad's regime", Syrian regime, "Ba'athist Syria", Baathist Syria,
             Syrian Arab Republic government, "Bashar al-Assad's government", former Syrian government, ousted Syrian government, Damascus regime]}
- {id: syr-general-security, name: General Security Service (Syria), type: police, country: SYR, cameo: SYRCOP, parent: syr-moi,
   from: 2024-12-08, aliases: [General Security Service, Syrian General Security, General Security forces, Syrian security forces]}
- {id: syr-ssg, name: Syrian Salvation Government, type: government, country: SYR, cameo: SYRINS, parent: hts, from: 2017-11-02, to: 2024-12-10,
   aliases: [Syrian Salvation Government, Salvation Government, SSG]}
- {id: syr-sig, name: Syrian Interim Government, type: government, country: SYR, cameo: SYROPP, parent: null, from: 2013-03-18, to: 2025,
   affiliations: [syrian-national-army], aliases: [Syrian Interim Government, opposition Syrian Interim Government]}
- {id: syr-mukhabarat, name: Syrian intelligence services (Assad era), type: intelligence, country: SYR, cameo: SYRSPY, parent: syr-assad-regime,
   to: 2024-12-08, aliases: [Syrian Mukhabarat, Air Force Intelligence Directorate, Syrian Air Force Intelligence, General Intelligence Directorate (Syria)]}
# ------------------------------------------------------------------ Iran
- {id: irn-supreme-leader, name: Office of the Supreme Leader of Iran, type: government, country: IRN, cameo: IRNGOV, parent: irn-gov,
   aliases: [Office of the Supreme Leader, "Supreme Leader's office", Beit Rahbari, "Office of the Supreme Leader of Iran"]}
- {id: irn-irgc, name: Islamic Revolutionary Guard Corps, type: military, country: IRN, cameo: IRNMIL, parent: irn-gov,
   aliases: [Islamic Revolutionary Guard Corps, Islamic Revolutionary Guards Corps, IRGC, Revolutionary Guards, Revolutionary Guard,
             Revolutionary Guard Corps, Revolutionary Guards Corps, "Iran's Revolutionary Guards", "Iran's Revolutionary Guard",
             Iranian Revolutionary Guards, Iranian Revolutionary Guard, Iranian Revolutionary Guard Corps, Sepah, Pasdaran, Guards Corps],
   designations: [us-fto]}
- {id: irn-quds-force, name: Quds Force, type: military, country: IRN, cameo: IRNMIL, parent: irn-irgc,
   aliases: [Quds Force, Qods Force, IRGC-QF, IRGC Quds Force, "Revolutionary Guards' Quds Force", "IRGC's Quds Force"]}
- {id: irn-basij, name: Basij, type: militant, country: IRN, cameo: IRNUAF, parent: irn-irgc,
   aliases: [Basij, Basij militia, Basij Resistance Force, Basiji]}
- {id: irn-mois, name: Ministry of Intelligence (Iran), type: intelligence, country: IRN, cameo: IRNSPY, parent: irn-gov,
   aliases: [Ministry of Intelligence of Iran, Iranian Ministry of Intelligence, MOIS, VAJA, Iranian intelligence ministry, "Iran's intelligence ministry"]}
- {id: irn-irgc-intelligence, name: IRGC Intelligence Organization, type: intelligence, country: IRN, cameo: IRNSPY, parent: irn-irgc,
   aliases: [IRGC Intelligence Organization, Revolutionary Guards intelligence, IRGC intelligence]}
- {id: irn-snsc, name: Supreme National Security Council (Iran), type: government, country: IRN, cameo: IRNGOV, parent: irn-gov,
   aliases: [Supreme National Security Council, SNSC, "Iran's Supreme National Security Council"]}
- {id: irn-aeoi, name: Atomic Energy Organization of Iran, type: government, country: IRN, cameo: IRNGOV, parent: irn-gov,
   aliases: [Atomic Energy Organization of Iran, Atomic Energy Organisation of Iran, AEOI]}
- {id: irn-judiciary, name: Judiciary of Iran, type: judiciary, country: IRN, cameo: IRNJUD, parent: null,
   aliases: [Iranian judiciary, "Iran's judiciary", Judiciary of Iran, Revolutionary Court, Islamic Revolutionary Court]}
- {id: irn-guardian-council, name: Guardian Council, type: government, country: IRN, cameo: IRNGOV, parent: null,
   aliases: [Guardian Council, Council of Guardians, Guardian Council of the Constitution]}
# ------------------------------------------------------------------ Israel and Palestine
- {id: isr-pmo, name: Prime Minister's Office (Israel), type: government, country: ISR, cameo: ISRGOV, parent: isr-gov,
   aliases: ["Israeli Prime Minister's Office", "Israel's Prime Minister's Office", "Prime Minister's Office (Israel)", "Netanyahu's office"]}
- {id: isr-security-cabinet, name: Security Cabinet of Israel, type: government, country: ISR, cameo: ISRGOV, parent: isr-gov,
   aliases: [Israeli security cabinet, "Israel's security cabinet", Security Cabinet of Israel, Israeli war cabinet, "Israel's war cabinet"]}
- {id: isr-mossad, name: Mossad, type: intelligence, country: ISR, cameo: ISRSPY, parent: isr-pmo,
   aliases: [Mossad, the Mossad, Israeli Mossad, Institute for Intelligence and Special Operations]}
- {id: isr-shin-bet, name: Shin Bet, type: intelligence, country: ISR, cameo: ISRSPY, parent: isr-pmo,
   aliases: [Shin Bet, Shabak, Israel Security Agency, ISA (Israel), Israeli Security Agency, General Security Service (Israel)]}
- {id: isr-aman, name: Military Intelligence Directorate (Israel), type: intelligence, country: ISR, cameo: ISRSPY, parent: isr-mil,
   aliases: [Military Intelligence Directorate, Israeli military intelligence, IDF Military Intelligence, Aman (IDF), Unit 8200]}
- {id: isr-cogat, name: Coordinator of Government Activities in the Territories, type: military, country: ISR, cameo: ISRMIL, parent: isr-mod,
   aliases: [Coordinator of Government Activities in the Territories, COGAT, Cogat]}
- {id: isr-prison-service, name: Israel Prison Service, type: police, country: ISR, cameo: ISRCOP, parent: isr-gov,
   aliases: [Israel Prison Service, Israeli Prison Service], short_aliases: [IPS]}
- {id: isr-likud, name: Likud, type: party, country: ISR, cameo: ISRPTY, parent: null, aliases: [Likud, Likud party]}
- {id: pse-gov, name: Palestinian Authority, type: government, country: PSE, cameo: PSEGOV, parent: null, from: 1994-05-04,
   affiliations: [fatah, plo],
   aliases: [Palestinian Authority, Palestinian National Authority, PNA, Palestinian government, Government of Palestine,
             Ramallah government, Palestinian Authority government, State of Palestine government],
   short_aliases: [PA]}
- {id: pse-gaza-health-ministry, name: Gaza Health Ministry, type: ministry, country: PSE, cameo: PSEGOV, parent: hamas,
   aliases: [Gaza Health Ministry, Gaza health ministry, "Gaza's Health Ministry", Health Ministry in Gaza, Hamas-run health ministry,
             Hamas-run Health Ministry, Gaza Ministry of Health, "Gaza's Hamas-run health ministry", Ministry of Health in Gaza]}
- {id: pse-gaza-civil-defence, name: Gaza Civil Defence, type: other, country: PSE, cameo: PSEGOV, parent: hamas,
   aliases: [Gaza Civil Defence, Gaza civil defence agency, Gaza Civil Defense, "Gaza's civil defence agency", Palestinian Civil Defence in Gaza]}
- {id: pse-government-media-office, name: Government Media Office in Gaza, type: government, country: PSE, cameo: PSEGOV, parent: hamas,
   aliases: [Government Media Office in Gaza, Gaza Government Media Office, "Gaza's Government Media Office", Hamas-run Government Media Office]}
# ------------------------------------------------------------------ Lebanon, Yemen, Gulf, Egypt
- {id: lbn-general-security, name: General Directorate of General Security (Lebanon), type: police, country: LBN, cameo: LBNCOP, parent: lbn-moi,
   aliases: [Lebanese General Security, General Directorate of General Security, "Lebanon's General Security"]}
- {id: yem-gov, name: Government of Yemen, type: government, country: YEM, cameo: YEMGOV, parent: null,
   aliases: [Government of Yemen, Yemeni government, Yemen government, internationally recognised government of Yemen,
             internationally recognized government of Yemen, "Yemen's internationally recognised government", "Yemen's internationally recognized government",
             Presidential Leadership Council, Aden-based government, Hadi government, Saudi-backed government in Yemen],
   note: 'The internationally recognised government (Hadi until 2022-04-07, then the Presidential Leadership Council); based in Aden since 2015.'}
- {id: egy-gis, name: General Intelligence Directorate (Egypt), type: intelligence, country: EGY, cameo: EGYSPY, parent: egy-gov,
   aliases: [Egyptian General Intelligence Directorate, Egyptian General Intelligence Service, Egyptian intelligence, "Egypt's intelligence service"]}
- {id: egy-presidency, name: Egyptian presidency, type: government, country: EGY, cameo: EGYGOV, parent: egy-gov,
   aliases: [Egyptian presidency, Ittihadiya Palace]}
- {id: qat-emiri-diwan, name: Amiri Diwan, type: government, country: QAT, cameo: QATGOV, parent: qat-gov, aliases: [Amiri Diwan, Emiri Diwan]}
# ------------------------------------------------------------------ Africa
- {id: lby-gov, name: Government of National Unity (Libya), type: government, country: LBY, cameo: LBYGOV, parent: null, from: 2011-08-23,
   aliases: [Government of National Unity, Libyan Government of National Unity, GNU, Tripoli-based government, Tripoli government,
             "Libya's internationally recognised government", "Libya's internationally recognized government", internationally recognised government in Tripoli,
             Government of National Accord, GNA, Libyan National Transitional Council, NTC (Libya)],
   note: 'The internationally recognised government in Tripoli - NTC 2011-2012, GNC era, GNA 2016-2021, GNU from 2021-03-15.'}
- {id: lby-gaddafi-regime, name: Gaddafi regime, type: government, country: LBY, cameo: LBYGOV, parent: null, from: 1969-09-01, to: 2011-08-22,
   aliases: [Gaddafi regime, "Gaddafi's regime", Qaddafi regime, Gadhafi regime, Libyan Arab Jamahiriya, Jamahiriya, Gaddafi government]}
- {id: lby-gns, name: Government of National Stability, type: government, country: LBY, cameo: LBYGOV, parent: null, from: 2022-03-01,
   affiliations: [lby-hor, lby-lna],
   aliases: [Government of National Stability, eastern-based government, east-based government, "Libya's eastern-based government",
             Benghazi-based government, eastern Libyan government, parallel government in eastern Libya, Libyan Government of National Stability]}
- {id: lby-hor, name: House of Representatives (Libya), type: legislature, country: LBY, cameo: LBYLEG, parent: null, from: 2014-08-04,
   aliases: [Libyan House of Representatives, "Libya's House of Representatives", House of Representatives of Libya, Tobruk-based parliament,
             eastern-based parliament, Libyan parliament, HoR]}
- {id: lby-pc, name: Presidential Council (Libya), type: government, country: LBY, cameo: LBYGOV, parent: lby-gov, from: 2016,
   aliases: [Libyan Presidential Council, Presidential Council of Libya, "Libya's Presidential Council"]}
- {id: lby-lna, name: Libyan National Army, type: military, country: LBY, cameo: LBYMIL, parent: null, from: 2014-05,
   affiliations: [lby-hor, lby-gns],
   aliases: [Libyan National Army, LNA, Libyan Arab Armed Forces, LAAF, "Haftar's forces", "Khalifa Haftar's forces", "Haftar's Libyan National Army",
             eastern-based forces, eastern Libyan forces]}
- {id: lby-rada, name: Rada Special Deterrence Force, type: militant, country: LBY, cameo: LBYUAF, parent: null,
   aliases: [Rada Special Deterrence Force, Rada force, Radaa, Special Deterrence Force, Deterrence Apparatus for Combating Organized Crime and Terrorism]}
- {id: sdn-gov, name: Government of Sudan, type: government, country: SDN, cameo: SDNGOV, parent: null, from: 2019-04-11,
   aliases: [Sovereignty Council, Sovereign Council, Transitional Sovereignty Council,
             "Sudan's Sovereignty Council", "Sudan's army-led government", army-backed government, military-led government in Sudan,
             Port Sudan-based government, Transitional Military Council, TMC],
   note: 'Transitional Military Council (2019-04-11), civilian-military transition (2019-08-21), military-led after the 2021-10-25 coup.'}
- {id: sdn-bashir-regime, name: Bashir regime, type: government, country: SDN, cameo: SDNGOV, parent: null, from: 1989-06-30, to: 2019-04-10,
   aliases: [Bashir regime, "Omar al-Bashir's regime", "Bashir's government", al-Bashir regime, National Congress Party, NCP (Sudan)]}
- {id: sdn-gis, name: General Intelligence Service (Sudan), type: intelligence, country: SDN, cameo: SDNSPY, parent: sdn-gov,
   aliases: [Sudanese General Intelligence Service, "Sudan's General Intelligence Service", National Intelligence and Security Service, NISS]}
- {id: som-nisa, name: National Intelligence and Security Agency (Somalia), type: intelligence, country: SOM, cameo: SOMSPY, parent: som-gov,
   aliases: [National Intelligence and Security Agency, NISA, Somali intelligence, Somali intelligence agency]}
- {id: som-puntland, name: Puntland, type: government, country: SOM, cameo: SOMGOV, parent: null,
   aliases: [Puntland, Puntland State of Somalia, Puntland government, Puntland authorities, Puntland Security Force, Puntland forces]}
- {id: som-jubaland, name: Jubaland, type: government, country: SOM, cameo: SOMGOV, parent: null,
   aliases: [Jubaland, Jubaland State, Jubaland government, Jubaland administration, Jubaland forces]}
- {id: eth-tigray-interim-administration, name: Tigray Interim Regional Administration, type: government, country: ETH, cameo: ETHGOV,
   parent: null, from: 2023-03-23,
   aliases: [Tigray Interim Regional Administration, Tigray interim administration, Tigray Interim Administration, TIRA]}
- {id: nga-dss, name: Department of State Services, type: intelligence, country: NGA, cameo: NGASPY, parent: nga-gov,
   aliases: [Department of State Services, DSS, State Security Service (Nigeria)]}
- {id: nga-cjtf, name: Civilian Joint Task Force, type: militant, country: NGA, cameo: NGAUAF, parent: null, affiliations: [nga-mil],
   aliases: [Civilian Joint Task Force, CJTF, Civilian JTF]}
- {id: nga-mnjtf, name: Multinational Joint Task Force, type: military, country: NGA, cameo: AFRMIL, parent: null,
   aliases: [Multinational Joint Task Force, Multi-National Joint Task Force, MNJTF]}
- {id: cod-anr, name: National Intelligence Agency (DRC), type: intelligence, country: COD, cameo: CODSPY, parent: cod-gov,
   aliases: [Agence Nationale de Renseignements, ANR, Congolese intelligence agency]}
- {id: mmr-gov, name: Myanmar military government, type: government, country: MMR, cameo: MMRMIL, parent: null,
   affiliations: [mmr-mil],
   aliases: [Myanmar military government, Myanmar junta, Burmese junta, "Myanmar's junta", "Myanmar's military government", "Myanmar's military rulers",
             State Administration Council, SAC, State Security and Peace Commission, State Peace and Development Council, SPDC,
             "Myanmar's military-run government", Naypyidaw regime],
   note: Military rule 1988-2011 (SLORC/SPDC) and again since the coup of 2021-02-01 (SAC; from 2025-07-31 the State Security and Peace Commission).}
- {id: mmr-civilian-gov, name: Myanmar civilian government (2011-2021), type: government, country: MMR, cameo: MMRGOV, parent: null,
   from: 2011-03-30, to: 2021-01-31,
   aliases: [NLD-led government, National League for Democracy government, "Aung San Suu Kyi's government", ousted civilian government of Myanmar,
             Thein Sein government, Myanmar civilian government]}
- {id: mmr-nld, name: National League for Democracy, type: party, country: MMR, cameo: MMRPTY, parent: null,
   aliases: [National League for Democracy, NLD]}
- {id: prk-wpk, name: Workers' Party of Korea, type: party, country: PRK, cameo: PRKPTY, parent: null,
   aliases: ["Workers' Party of Korea", "Korean Workers' Party", WPK, North Korean ruling party, "North Korea's ruling party"]}
- {id: prk-rgb, name: Reconnaissance General Bureau, type: intelligence, country: PRK, cameo: PRKSPY, parent: prk-mil,
   aliases: [Reconnaissance General Bureau, North Korean intelligence, Lazarus Group], short_aliases: [RGB, Lazarus]}
- {id: hti-tpc, name: Transitional Presidential Council (Haiti), type: government, country: HTI, cameo: HTIGOV, parent: hti-gov,
   from: 2024-04-25, aliases: [Transitional Presidential Council, "Haiti's Transitional Presidential Council", Haitian transitional council],
   short_aliases: [TPC]}
- {id: ven-sebin, name: Bolivarian National Intelligence Service, type: intelligence, country: VEN, cameo: VENSPY, parent: ven-gov,
   aliases: [Bolivarian National Intelligence Service, SEBIN, Sebin]}
- {id: blr-kgb, name: State Security Committee of Belarus, type: intelligence, country: BLR, cameo: BLRSPY, parent: blr-gov,
   aliases: [State Security Committee of Belarus, Belarusian KGB, "Belarus's KGB", KGB of Belarus]}
# ------------------------------------------------------------------ Other bodies people hold roles in
- {id: gbr-treasury, name: HM Treasury, type: ministry, country: GBR, cameo: GBRGOV, parent: gbr-gov,
   aliases: [HM Treasury, "Her Majesty's Treasury", "His Majesty's Treasury", UK Treasury, British Treasury]}
- {id: gbr-boe, name: Bank of England, type: other, country: GBR, cameo: GBRBUS, parent: null, aliases: [Bank of England, BoE]}
- {id: gbr-greater-manchester, name: Greater Manchester Combined Authority, type: government, country: GBR, cameo: GBRGOV, parent: null,
   aliases: [Greater Manchester Combined Authority, GMCA]}
- {id: usa-fed, name: Federal Reserve, type: other, country: USA, cameo: USABUS, parent: null,
   aliases: [Federal Reserve, US Federal Reserve, U.S. Federal Reserve, Federal Reserve Board, the Fed]}
- {id: usa-arkansas, name: State of Arkansas, type: government, country: USA, cameo: USAGOV, parent: null,
   aliases: [Arkansas state government, Government of Arkansas]}
- {id: usa-indiana, name: State of Indiana, type: government, country: USA, cameo: USAGOV, parent: null,
   aliases: [Indiana state government, Government of Indiana]}
- {id: usa-south-dakota, name: State of South Dakota, type: government, country: USA, cameo: USAGOV, parent: null,
   aliases: [South Dakota state government, Government of South Dakota]}
- {id: rus-security-council, name: Security Council of Russia, type: government, country: RUS, cameo: RUSGOV, parent: rus-kremlin,
   aliases: [Security Council of Russia, Russian Security Council, "Russia's Security Council", Security Council of the Russian Federation]}
- {id: rus-chechnya, name: Chechen Republic, type: government, country: RUS, cameo: RUSGOV, parent: null,
   aliases: [Chechen Republic, Chechen government, Chechen authorities, Government of Chechnya]}
- {id: rus-rdif, name: Russian Direct Investment Fund, type: other, country: RUS, cameo: RUSBUS, parent: rus-gov,
   aliases: [Russian Direct Investment Fund, RDIF]}
- {id: ukr-nsdc, name: National Security and Defense Council of Ukraine, type: government, country: UKR, cameo: UKRGOV, parent: ukr-presidency,
   aliases: [National Security and Defense Council of Ukraine, National Security and Defence Council of Ukraine, Ukrainian National Security and Defense Council,
             "Ukraine's National Security and Defense Council", NSDC, RNBO]}
- {id: irq-kdp, name: Kurdistan Democratic Party, type: party, country: IRQ, cameo: IRQPTY, parent: null,
   aliases: [Kurdistan Democratic Party, KDP]}
- {id: irq-puk, name: Patriotic Union of Kurdistan, type: party, country: IRQ, cameo: IRQPTY, parent: null,
   aliases: [Patriotic Union of Kurdistan, PUK]}
- {id: irq-state-of-law, name: State of Law Coalition, type: party, country: IRQ, cameo: IRQPTY, parent: null,
   aliases: [State of Law Coalition, State of Law]}
- {id: irq-coordination-framework, name: Coordination Framework, type: party, country: IRQ, cameo: IRQPTY, parent: null,
   aliases: [Coordination Framework, Shiite Coordination Framework, Shia Coordination Framework]}
- {id: irq-sadrist-movement, name: Sadrist Movement, type: party, country: IRQ, cameo: IRQPTY, parent: null, affiliations: [saraya-al-salam],
   aliases: [Sadrist Movement, Sadrist movement, Sadrists, Sadr movement, National Shiite Movement]}
- {id: pak-ppp, name: Pakistan Peoples Party, type: party, country: PAK, cameo: PAKPTY, parent: null,
   aliases: [Pakistan Peoples Party, "Pakistan People's Party"], short_aliases: [PPP]}
- {id: pak-pmln, name: Pakistan Muslim League (Nawaz), type: party, country: PAK, cameo: PAKPTY, parent: null,
   aliases: [Pakistan Muslim League (Nawaz), Pakistan Muslim League-Nawaz, PML-N]}
- {id: bgd-bnp, name: Bangladesh Nationalist Party, type: party, country: BGD, cameo: BGDPTY, parent: null,
   aliases: [Bangladesh Nationalist Party], short_aliases: [BNP]}
- {id: bgd-awami-league, name: Awami League, type: party, country: BGD, cameo: BGDPTY, parent: null, aliases: [Awami League, Bangladesh Awami League]}
- {id: hun-tisza, name: Tisza Party, type: party, country: HUN, cameo: HUNPTY, parent: null,
   aliases: [Tisza Party, Tisza, Respect and Freedom Party]}
- {id: hun-fidesz, name: Fidesz, type: party, country: HUN, cameo: HUNPTY, parent: null, aliases: [Fidesz, Fidesz party]}
- {id: anti-corruption-foundation, name: Anti-Corruption Foundation, type: ngo, country: RUS, cameo: NGO, parent: null,
   aliases: [Anti-Corruption Foundation, FBK, "Navalny's Anti-Corruption Foundation"]}
- {id: belarusian-opposition, name: Belarusian democratic opposition, type: other, country: BLR, cameo: BLROPP, parent: null,
   aliases: [Belarusian democratic opposition, Belarusian opposition, United Transitional Cabinet, Coordination Council (Belarus)]}
- {id: wikileaks, name: WikiLeaks, type: media, country: null, cameo: null, parent: null, aliases: [WikiLeaks, Wikileaks]}
- {id: syr-air-force, name: Syrian Arab Air Force, type: military, country: SYR, cameo: SYRMIL, parent: syr-mil,
   aliases: [Syrian Arab Air Force, Syrian Air Force, Syrian air force, Syrian warplanes, Syrian government warplanes]}
- {id: syr-tiger-forces, name: Tiger Forces, type: military, country: SYR, cameo: SYRMIL, parent: syr-mil, to: 2024-12-08,
   aliases: [Tiger Forces, 25th Special Mission Forces Division, Qawat al-Nimr]}
- {id: syr-desert-hawks, name: Desert Hawks Brigade, type: militant, country: SYR, cameo: SYRUAF, parent: null, affiliations: [syr-assad-regime],
   to: 2017, aliases: [Desert Hawks Brigade, Desert Hawks, Suqour al-Sahara]}
- {id: rus-aerospace-forces, name: Russian Aerospace Forces, type: military, country: RUS, cameo: RUSMIL, parent: rus-mil,
   aliases: [Russian Aerospace Forces, VKS, Russian Air Force, Russian air force, Russian warplanes]}
- {id: rus-navy, name: Russian Navy, type: military, country: RUS, cameo: RUSMIL, parent: rus-mil, aliases: [Russian Navy, Russian navy]}
- {id: isr-air-force, name: Israeli Air Force, type: military, country: ISR, cameo: ISRMIL, parent: isr-mil,
   aliases: [Israeli Air Force, Israeli air force, Israel Air Force, IAF (Israel), Israeli warplanes, Israeli fighter jets]}
- {id: isr-navy, name: Israeli Navy, type: military, country: ISR, cameo: ISRMIL, parent: isr-mil, aliases: [Israeli Navy, Israeli navy, Israel Navy]}
- {id: ukr-air-force, name: Ukrainian Air Force, type: military, country: UKR, cameo: UKRMIL, parent: ukr-mil,
   aliases: [Ukrainian Air Force, Ukrainian air force, Air Force of Ukraine, "Ukraine's air force"]}
- {id: syr-baath-party, name: Arab Socialist Ba'ath Party (Syria), type: party, country: SYR, cameo: SYRPTY, parent: null, to: 2025-01-29,
   aliases: ["Ba'ath Party", Baath Party, "Syrian Ba'ath Party", Syrian Baath Party, "Arab Socialist Ba'ath Party"]}
- {id: syr-ssnp, name: Syrian Social Nationalist Party, type: party, country: SYR, cameo: SYRPTY, parent: null,
   aliases: [Syrian Social Nationalist Party, SSNP]}
- {id: syr-pyd, name: Democratic Union Party (Syria), type: party, country: SYR, cameo: SYRPTY, parent: null, affiliations: [ypg, aanes],
   aliases: [Democratic Union Party, PYD, Partiya Yekitiya Demokrat]}
- {id: syr-asayish, name: Asayish, type: police, country: SYR, cameo: SYRCOP, parent: aanes, aliases: [Asayish, Kurdish Asayish, Kurdish internal security forces]}
# ------------------------------------------------------------------ Political parties often in the news
- {id: usa-republican-party, name: Republican Party, type: party, country: USA, cameo: USAPTY, parent: null,
   aliases: [Republican Party, the Republican Party, GOP, the GOP, Grand Old Party, Republicans, Republican National Committee, RNC,
             Republican lawmakers, Senate Republicans, House Republicans, Republican],
   case_sensitive_aliases: [Republican]}
- {id: usa-democratic-party, name: Democratic Party, type: party, country: USA, cameo: USAPTY, parent: null,
   aliases: [Democratic Party, the Democratic Party, Democrats, Democratic National Committee, DNC, Democratic lawmakers,
             Senate Democrats, House Democrats, Democrat], case_sensitive_aliases: [Democrat]}
- {id: gbr-conservative-party, name: Conservative Party (UK), type: party, country: GBR, cameo: GBRPTY, parent: null,
   aliases: [Conservative Party, the Conservative Party, Conservatives, Tories, Tory party, Tory]}
- {id: gbr-labour-party, name: Labour Party (UK), type: party, country: GBR, cameo: GBRPTY, parent: null,
   aliases: [Labour Party, the Labour Party, Labour, UK Labour], case_sensitive_aliases: [Labour]}
- {id: gbr-liberal-democrats, name: Liberal Democrats, type: party, country: GBR, cameo: GBRPTY, parent: null,
   aliases: [Liberal Democrats, Lib Dems, Lib Dem]}
- {id: gbr-reform-uk, name: Reform UK, type: party, country: GBR, cameo: GBRPTY, parent: null, aliases: [Reform UK, Reform Party UK]}
- {id: gbr-snp, name: Scottish National Party, type: party, country: GBR, cameo: GBRPTY, parent: null, aliases: [Scottish National Party, SNP]}
- {id: gbr-sinn-fein, name: Sinn Féin, type: party, country: GBR, cameo: GBRPTY, parent: null, aliases: [Sinn Féin, Sinn Fein]}
- {id: deu-cdu, name: Christian Democratic Union, type: party, country: DEU, cameo: DEUPTY, parent: null,
   aliases: [Christian Democratic Union, CDU, CDU/CSU, Christian Democrats (Germany)]}
- {id: deu-spd, name: Social Democratic Party of Germany, type: party, country: DEU, cameo: DEUPTY, parent: null,
   aliases: [Social Democratic Party of Germany, SPD, German Social Democrats]}
- {id: deu-afd, name: Alternative for Germany, type: party, country: DEU, cameo: DEUPTY, parent: null,
   aliases: [Alternative for Germany, Alternative für Deutschland, AfD]}
- {id: fra-rn, name: National Rally, type: party, country: FRA, cameo: FRAPTY, parent: null,
   aliases: [National Rally, Rassemblement National, National Front (France), Front National]}
- {id: fra-lfi, name: La France Insoumise, type: party, country: FRA, cameo: FRAPTY, parent: null, aliases: [La France Insoumise, France Unbowed, LFI]}
- {id: rus-united-russia, name: United Russia, type: party, country: RUS, cameo: RUSPTY, parent: null, aliases: [United Russia, United Russia party]}
- {id: tur-akp, name: Justice and Development Party, type: party, country: TUR, cameo: TURPTY, parent: null,
   aliases: [Justice and Development Party, AKP, AK Party, AK Parti]}
- {id: tur-chp, name: Republican People's Party, type: party, country: TUR, cameo: TURPTY, parent: null,
   aliases: ["Republican People's Party", CHP]}
- {id: tur-mhp, name: Nationalist Movement Party, type: party, country: TUR, cameo: TURPTY, parent: null, aliases: [Nationalist Movement Party, MHP]}
- {id: tur-dem-party, name: Peoples' Equality and Democracy Party, type: party, country: TUR, cameo: TURPTY, parent: null,
   aliases: ["Peoples' Equality and Democracy Party", DEM Party, "Peoples' Democratic Party", HDP]}
- {id: zaf-anc, name: African National Congress, type: party, country: ZAF, cameo: ZAFPTY, parent: null, aliases: [African National Congress, ANC]}
- {id: zaf-da, name: Democratic Alliance (South Africa), type: party, country: ZAF, cameo: ZAFPTY, parent: null,
   aliases: [Democratic Alliance (South Africa), South African Democratic Alliance]}
- {id: nga-apc, name: All Progressives Congress, type: party, country: NGA, cameo: NGAPTY, parent: null, aliases: [All Progressives Congress, APC]}
- {id: nga-pdp, name: Peoples Democratic Party (Nigeria), type: party, country: NGA, cameo: NGAPTY, parent: null,
   aliases: [Peoples Democratic Party, "People's Democratic Party (Nigeria)", PDP]}
- {id: jpn-ldp, name: Liberal Democratic Party (Japan), type: party, country: JPN, cameo: JPNPTY, parent: null,
   aliases: [Liberal Democratic Party, LDP, Japanese Liberal Democratic Party]}
- {id: isr-yesh-atid, name: Yesh Atid, type: party, country: ISR, cameo: ISRPTY, parent: null, aliases: [Yesh Atid]}
- {id: isr-otzma-yehudit, name: Otzma Yehudit, type: party, country: ISR, cameo: ISRPTY, parent: null, aliases: [Otzma Yehudit, Jewish Power party]}
- {id: isr-religious-zionism, name: Religious Zionist Party, type: party, country: ISR, cameo: ISRPTY, parent: null,
   aliases: [Religious Zionist Party, Religious Zionism party]}
- {id: isr-shas, name: Shas, type: party, country: ISR, cameo: ISRPTY, parent: null, aliases: [Shas, Shas party]}
- {id: lbn-lebanese-forces, name: Lebanese Forces, type: party, country: LBN, cameo: LBNPTY, parent: null, aliases: [Lebanese Forces, Lebanese Forces party], case_sensitive_aliases: [Lebanese Forces]}
- {id: lbn-fpm, name: Free Patriotic Movement, type: party, country: LBN, cameo: LBNPTY, parent: null, aliases: [Free Patriotic Movement, FPM]}
- {id: ven-psuv, name: United Socialist Party of Venezuela, type: party, country: VEN, cameo: VENPTY, parent: null,
   aliases: [United Socialist Party of Venezuela, PSUV]}
- {id: pol-pis, name: Law and Justice, type: party, country: POL, cameo: POLPTY, parent: null, aliases: [Law and Justice party, PiS, Law and Justice (Poland)]}
- {id: ukr-servant-of-the-people, name: Servant of the People, type: party, country: UKR, cameo: UKRPTY, parent: null,
   aliases: [Servant of the People, Servant of the People party]}
- {id: geo-georgian-dream, name: Georgian Dream, type: party, country: GEO, cameo: GEOPTY, parent: null, aliases: [Georgian Dream, Georgian Dream party]}
- {id: bgd-jamaat-e-islami, name: Bangladesh Jamaat-e-Islami, type: party, country: BGD, cameo: BGDPTY, parent: null,
   aliases: [Bangladesh Jamaat-e-Islami, Jamaat-e-Islami Bangladesh]}
- {id: pak-jui-f, name: Jamiat Ulema-e-Islam (F), type: party, country: PAK, cameo: PAKPTY, parent: null,
   aliases: [Jamiat Ulema-e-Islam (F), Jamiat Ulema-e-Islam-Fazl, JUI-F, Jamiat Ulema-e-Islam]}
# ------------------------------------------------------------------ Other security bodies found missing
- {id: usa-nypd, name: New York City Police Department, type: police, country: USA, cameo: USACOP, parent: null,
   aliases: [New York City Police Department, New York Police Department, NYPD]}
- {id: ind-cbi, name: Central Bureau of Investigation, type: police, country: IND, cameo: INDCOP, parent: ind-gov,
   aliases: [Central Bureau of Investigation, CBI (India)]}
- {id: syr-republican-guard, name: Republican Guard (Syria), type: military, country: SYR, cameo: SYRMIL, parent: syr-mil,
   to: 2024-12-08, aliases: [Syrian Republican Guard, Republican Guard (Syria), Republican Guard, "Syrian Arab Army's Republican Guard"],
   case_sensitive_aliases: [Republican Guard]}
- {id: irq-republican-guard, name: Iraqi Republican Guard, type: military, country: IRQ, cameo: IRQMIL, parent: irq-baath-regime,
   to: 2003-05-23, aliases: [Iraqi Republican Guard, Republican Guard (Iraq)]}
- {id: syr-fourth-division, name: Fourth Armoured Division (Syria), type: military, country: SYR, cameo: SYRMIL, parent: syr-mil,
   to: 2024-12-08, aliases: [Fourth Armoured Division, 4th Armoured Division, Fourth Division (Syria), 4th Division (Syria)]}
- {id: col-farc-peace-commission, name: Office of the High Commissioner for Peace (Colombia), type: government, country: COL, cameo: COLGOV,
   parent: col-gov, aliases: [Office of the High Commissioner for Peace, Colombian peace commissioner's office]}
"""


def std_entries(a3: str, spec: dict) -> list[dict]:
    entries = []
    name = spec["name"]
    cameo_country = "KSV" if a3 == "XKX" else a3
    for kind in spec["kinds"]:
        suffix, kind_type, cameo_suffix, name_template, templates = STANDARD[kind]
        aliases: list[str] = []
        for template in templates:
            for adj in spec["adj"]:
                aliases.append(template.format(name=name, adj=adj))
        entry_name = spec["names"].get(kind) or name_template.format(name=name, adj=spec["adj"][0])
        aliases = [entry_name] + spec["extra"].get(kind, []) + aliases
        entry = {
            "id": f"{a3.lower()}-{suffix}",
            "name": entry_name,
            "type": kind_type,
            "country": a3,
            "cameo": f"{cameo_country}{cameo_suffix}",
            "aliases": dedupe(aliases),
            "parent": standard_parent(a3, kind, spec),
        }
        short = spec.get("short", {}).get(kind)
        if short:
            entry["short_aliases"] = short
        entries.append(entry)
    return entries


def standard_parent(a3: str, kind: str, spec: dict) -> str | None:
    # Ministries and forces belong to the government of the day; where that is a dated list
    # (regime states) the parent is left open rather than pinned to one regime.
    if kind in ("gov", "leg"):
        return None
    if kind in BRANCHES:
        return f"{a3.lower()}-mil"
    if kind == "mil" and "mod" in spec["kinds"]:
        return f"{a3.lower()}-mod"
    if kind == "police" and "moi" in spec["kinds"]:
        return f"{a3.lower()}-moi"
    if "gov" in spec["kinds"] or a3 in HAND_GOVERNMENTS:
        return f"{a3.lower()}-gov"
    return None


# PLOVER actor_type by our actor type.
PLOVER_TYPES = {
    "government": "GOV",
    "ministry": "GOV",
    "military": "MIL",
    "police": "COP",
    "intelligence": "SPY",
    "legislature": "LEG",
    "judiciary": "JUD",
    "party": "PTY",
    "militant": "REB",
    "insurgent": "REB",
    "ngo": "NGO",
    "igo": "IGO",
    "media": "MED",
    "other": None,
}

# Countries whose `<a3>-gov` is written in MANUAL.
HAND_GOVERNMENTS = {"USA", "GBR", "FRA", "IRQ", "SYR", "YEM", "LBY", "SDN", "MMR", "PSE"}


def dedupe(aliases: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for alias in aliases:
        key = alias if alias.isupper() else alias.casefold()
        # "Congo's military" style possessives of names ending in s read oddly but are harmless.
        if key not in seen:
            seen.add(key)
            kept.append(alias)
    return kept


def main() -> int:
    entries: list[dict] = []
    for a3, spec in COUNTRIES.items():
        if a3 in WITH_BRANCHES:
            spec = {**spec, "kinds": tuple(spec["kinds"]) + BRANCHES}
        entries.extend(std_entries(a3, spec))
    manual = yaml.safe_load(MANUAL)
    for entry in entries + manual:
        actor_type = PLOVER_TYPES.get(entry["type"])
        if actor_type and "plover" not in entry:
            entry["plover"] = {"actor_type": actor_type}
    manual_ids = {e["id"] for e in manual}
    entries = [e for e in entries if e["id"] not in manual_ids] + manual
    header = (
        "# Institutions: governments, head-of-state offices, armed forces and their branches and\n"
        "# commands, ministries, intelligence and security agencies, police, legislatures and a\n"
        "# few ruling parties, for the G20 and the countries with the most conflict reporting.\n"
        "# GENERATED by scripts/build_institutions.py from its hand-written tables: edit the script.\n"
        "# Entry-level from/to give the period an institution or administration existed.\n"
    )
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=110, default_flow_style=None)
    output_dir(sys.argv[1:]).joinpath("institutions.yaml").write_text(header + body, encoding="utf-8")
    print(f"{len(entries)} institutions", file=sys.stderr)
    return 0


def output_dir(argv: list[str]) -> Path:
    """`--out DIR` writes there instead of the package (the tests compare the two)."""
    if len(argv) == 2 and argv[0] == "--out":
        return Path(argv[1])
    return DATA


if __name__ == "__main__":
    raise SystemExit(main())
