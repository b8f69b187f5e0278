"""Build `src/newsintel/nlp/actors/data/countries.yaml` from the hand-checked table below.

pycountry only supplies the ISO codes (validation) and, for territories not in the table, the
name. Everything else (common names, aliases, demonyms, capitals, metonyms, dated governments)
is written and checked by hand here, so regenerate with:

    PYTHONPATH=src /work/main/.venv/bin/python scripts/build_countries.py

Each state also gets a generic government entry `<a3>-gov` (type government, cameo `<A3>GOV`)
unless `institutions.yaml` already defines that id (the G20 and conflict countries are
written there by hand with ministries and agencies).
"""

from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pycountry
import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "newsintel" / "nlp" / "actors" / "data"

# a3 | common name | extra aliases ; separated | demonyms ; separated | capital | metonyms
# Metonyms: empty = the capital; "-" = none; otherwise the explicit list.
# Capitals left out of metonyms are ordinary English words or names (Male, Victoria, ...).
UN_MEMBERS = """
AFG|Afghanistan||Afghan;Afghans|Kabul|
ALB|Albania||Albanian;Albanians|Tirana|
DZA|Algeria||Algerian;Algerians|Algiers|
AND|Andorra||Andorran;Andorrans|Andorra la Vella|-
AGO|Angola||Angolan;Angolans|Luanda|
ATG|Antigua and Barbuda|Antigua|Antiguan;Antiguans|St. John's|-
ARG|Argentina|the Argentine Republic|Argentine;Argentines;Argentinian;Argentinians|Buenos Aires|
ARM|Armenia||Armenian;Armenians|Yerevan|
AUS|Australia||Australian;Australians|Canberra|
AUT|Austria||Austrian;Austrians|Vienna|
AZE|Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris|Baku|
BHS|Bahamas|The Bahamas|Bahamian;Bahamians|Nassau|
BHR|Bahrain||Bahraini;Bahrainis|Manama|
BGD|Bangladesh||Bangladeshi;Bangladeshis|Dhaka|Dhaka;Dacca
BRB|Barbados||Barbadian;Barbadians;Bajan|Bridgetown|
BLR|Belarus|Byelorussia|Belarusian;Belarusians|Minsk|
BEL|Belgium||Belgian;Belgians|Brussels|-
BLZ|Belize||Belizean;Belizeans|Belmopan|
BEN|Benin||Beninese|Porto-Novo|Porto-Novo;Cotonou
BTN|Bhutan||Bhutanese|Thimphu|
BOL|Bolivia|Plurinational State of Bolivia|Bolivian;Bolivians|Sucre|La Paz
BIH|Bosnia and Herzegovina|Bosnia-Herzegovina;Bosnia;BiH|Bosnian;Bosnians|Sarajevo|
BWA|Botswana||Motswana;Batswana;Botswanan|Gaborone|
BRA|Brazil||Brazilian;Brazilians|Brasília|Brasília;Brasilia
BRN|Brunei|Brunei Darussalam|Bruneian;Bruneians|Bandar Seri Begawan|
BGR|Bulgaria||Bulgarian;Bulgarians|Sofia|
BFA|Burkina Faso|Burkina|Burkinabe;Burkinabè|Ouagadougou|
BDI|Burundi||Burundian;Burundians|Gitega|Gitega;Bujumbura
CPV|Cabo Verde|Cape Verde|Cabo Verdean;Cabo Verdeans;Cape Verdean;Cape Verdeans|Praia|
KHM|Cambodia|Kampuchea|Cambodian;Cambodians|Phnom Penh|
CMR|Cameroon||Cameroonian;Cameroonians|Yaoundé|Yaoundé;Yaounde
CAN|Canada||Canadian;Canadians|Ottawa|
CAF|Central African Republic|CAR;Centrafrique|Central African;Central Africans|Bangui|
TCD|Chad||Chadian;Chadians|N'Djamena|N'Djamena;Ndjamena
CHL|Chile||Chilean;Chileans|Santiago|
CHN|China|People's Republic of China;PRC;mainland China|Chinese|Beijing|Beijing;Peking
COL|Colombia||Colombian;Colombians|Bogotá|Bogotá;Bogota
COM|Comoros|the Comoros;Union of the Comoros|Comoran;Comorian;Comorians|Moroni|
COG|Republic of the Congo|Republic of Congo;Congo-Brazzaville;Congo Republic;Congo Brazzaville|Congolese|Brazzaville|
CRI|Costa Rica||Costa Rican;Costa Ricans|San José|-
CIV|Côte d'Ivoire|Cote d'Ivoire;Ivory Coast|Ivorian;Ivorians|Yamoussoukro|Yamoussoukro;Abidjan
HRV|Croatia||Croatian;Croatians;Croat;Croats|Zagreb|
CUB|Cuba||Cuban;Cubans|Havana|
CYP|Cyprus|Republic of Cyprus|Cypriot;Cypriots|Nicosia|
CZE|Czechia|Czech Republic|Czech;Czechs|Prague|
PRK|North Korea|DPRK;Democratic People's Republic of Korea;N. Korea|North Korean;North Koreans|Pyongyang|
COD|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;DRC;D.R. Congo;Congo-Kinshasa;Congo;the Congo;DR of Congo;RDC|Congolese|Kinshasa|
DNK|Denmark||Danish;Dane;Danes|Copenhagen|
DJI|Djibouti||Djiboutian;Djiboutians|Djibouti|-
DMA|Dominica|Commonwealth of Dominica||Roseau|
DOM|Dominican Republic||Dominican;Dominicans|Santo Domingo|
ECU|Ecuador||Ecuadorian;Ecuadorians;Ecuadoran|Quito|
EGY|Egypt|Arab Republic of Egypt|Egyptian;Egyptians|Cairo|
SLV|El Salvador||Salvadoran;Salvadorans;Salvadorean|San Salvador|
GNQ|Equatorial Guinea||Equatorial Guinean;Equatorial Guineans;Equatoguinean;Equatoguineans|Malabo|
ERI|Eritrea||Eritrean;Eritreans|Asmara|
EST|Estonia||Estonian;Estonians|Tallinn|
SWZ|Eswatini|Swaziland;Kingdom of Eswatini|Swazi;Swazis|Mbabane|
ETH|Ethiopia||Ethiopian;Ethiopians|Addis Ababa|
FJI|Fiji||Fijian;Fijians|Suva|
FIN|Finland||Finnish;Finn;Finns|Helsinki|
FRA|France|French Republic|French;Frenchman;Frenchmen;Frenchwoman|Paris|
GAB|Gabon|Gabonese Republic|Gabonese|Libreville|
GMB|Gambia|The Gambia|Gambian;Gambians|Banjul|
GEO|Georgia||Georgian;Georgians|Tbilisi|
DEU|Germany|Federal Republic of Germany|German;Germans|Berlin|
GHA|Ghana||Ghanaian;Ghanaians|Accra|
GRC|Greece|Hellenic Republic|Greek;Greeks|Athens|
GRD|Grenada||Grenadian;Grenadians|St. George's|-
GTM|Guatemala||Guatemalan;Guatemalans|Guatemala City|
GIN|Guinea|Guinea-Conakry|Guinean;Guineans|Conakry|
GNB|Guinea-Bissau||Bissau-Guinean;Bissau-Guineans|Bissau|
GUY|Guyana||Guyanese|Georgetown|-
HTI|Haiti||Haitian;Haitians|Port-au-Prince|
HND|Honduras||Honduran;Hondurans|Tegucigalpa|
HUN|Hungary||Hungarian;Hungarians|Budapest|
ISL|Iceland||Icelandic;Icelander;Icelanders|Reykjavík|Reykjavík;Reykjavik
IND|India|Republic of India;Bharat|Indian;Indians|New Delhi|
IDN|Indonesia||Indonesian;Indonesians|Jakarta|
IRN|Iran|Islamic Republic of Iran;the Islamic Republic|Iranian;Iranians|Tehran|Tehran;Teheran
IRQ|Iraq|Republic of Iraq|Iraqi;Iraqis|Baghdad|
IRL|Ireland|Republic of Ireland;Eire|Irish;Irishman;Irishmen|Dublin|
ISR|Israel|State of Israel|Israeli;Israelis|Jerusalem|Jerusalem;Tel Aviv
ITA|Italy|Italian Republic|Italian;Italians|Rome|
JAM|Jamaica||Jamaican;Jamaicans|Kingston|-
JPN|Japan||Japanese|Tokyo|
JOR|Jordan|Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman|
KAZ|Kazakhstan||Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana|Astana;Nur-Sultan
KEN|Kenya||Kenyan;Kenyans|Nairobi|
KIR|Kiribati||I-Kiribati|Tarawa|-
KWT|Kuwait|State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City|
KGZ|Kyrgyzstan|Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani;Kyrgyzstanis|Bishkek|
LAO|Laos|Lao PDR;Lao People's Democratic Republic|Lao;Laotian;Laotians|Vientiane|
LVA|Latvia||Latvian;Latvians|Riga|
LBN|Lebanon|Lebanese Republic|Lebanese|Beirut|
LSO|Lesotho||Basotho;Mosotho|Maseru|
LBR|Liberia||Liberian;Liberians|Monrovia|
LBY|Libya|State of Libya|Libyan;Libyans|Tripoli|-
LIE|Liechtenstein||Liechtensteiner;Liechtensteiners|Vaduz|
LTU|Lithuania||Lithuanian;Lithuanians|Vilnius|
LUX|Luxembourg|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger;Luxembourgers|Luxembourg|-
MDG|Madagascar||Malagasy|Antananarivo|
MWI|Malawi||Malawian;Malawians|Lilongwe|
MYS|Malaysia||Malaysian;Malaysians|Kuala Lumpur|Kuala Lumpur;Putrajaya
MDV|Maldives|the Maldives|Maldivian;Maldivians|Malé|-
MLI|Mali||Malian;Malians|Bamako|
MLT|Malta||Maltese|Valletta|
MHL|Marshall Islands|the Marshall Islands|Marshallese|Majuro|
MRT|Mauritania||Mauritanian;Mauritanians|Nouakchott|
MUS|Mauritius||Mauritian;Mauritians|Port Louis|
MEX|Mexico|United Mexican States|Mexican;Mexicans|Mexico City|
FSM|Micronesia|Federated States of Micronesia|Micronesian;Micronesians|Palikir|
MDA|Moldova|Republic of Moldova|Moldovan;Moldovans|Chisinau|Chisinau;Chișinău
MCO|Monaco|Principality of Monaco|Monegasque;Monegasques|Monaco|-
MNG|Mongolia||Mongolian;Mongolians|Ulaanbaatar|Ulaanbaatar;Ulan Bator
MNE|Montenegro||Montenegrin;Montenegrins|Podgorica|
MAR|Morocco|Kingdom of Morocco|Moroccan;Moroccans|Rabat|
MOZ|Mozambique||Mozambican;Mozambicans|Maputo|
MMR|Myanmar|Burma|Burmese|Naypyidaw|Naypyidaw;Naypyitaw;Nay Pyi Taw
NAM|Namibia||Namibian;Namibians|Windhoek|
NRU|Nauru||Nauruan;Nauruans|Yaren|-
NPL|Nepal||Nepali;Nepalis;Nepalese|Kathmandu|
NLD|Netherlands|the Netherlands;Holland|Dutch;Dutchman;Dutchmen|Amsterdam|-
NZL|New Zealand|Aotearoa|New Zealander;New Zealanders|Wellington|
NIC|Nicaragua||Nicaraguan;Nicaraguans|Managua|
NER|Niger||Nigerien;Nigeriens|Niamey|
NGA|Nigeria|Federal Republic of Nigeria|Nigerian;Nigerians|Abuja|
MKD|North Macedonia|Macedonia;Republic of North Macedonia|Macedonian;Macedonians|Skopje|
NOR|Norway||Norwegian;Norwegians|Oslo|
OMN|Oman|Sultanate of Oman|Omani;Omanis|Muscat|
PAK|Pakistan|Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad|
PLW|Palau||Palauan;Palauans|Ngerulmud|-
PAN|Panama||Panamanian;Panamanians|Panama City|
PNG|Papua New Guinea|PNG|Papua New Guinean;Papua New Guineans|Port Moresby|
PRY|Paraguay||Paraguayan;Paraguayans|Asunción|Asunción;Asuncion
PER|Peru||Peruvian;Peruvians|Lima|
PHL|Philippines|the Philippines|Filipino;Filipinos;Filipina;Philippine|Manila|
POL|Poland||Polish;Pole;Poles|Warsaw|
PRT|Portugal||Portuguese|Lisbon|
QAT|Qatar|State of Qatar|Qatari;Qataris|Doha|
KOR|South Korea|Republic of Korea;ROK;S. Korea;Korea|South Korean;South Koreans;Korean;Koreans|Seoul|
ROU|Romania|Rumania|Romanian;Romanians|Bucharest|
RUS|Russia|Russian Federation;the Russian Federation|Russian;Russians|Moscow|
RWA|Rwanda||Rwandan;Rwandans|Kigali|
KNA|Saint Kitts and Nevis|St Kitts and Nevis;St. Kitts and Nevis|Kittitian;Nevisian|Basseterre|
LCA|Saint Lucia|St Lucia;St. Lucia|Saint Lucian;Saint Lucians|Castries|
VCT|Saint Vincent and the Grenadines|St Vincent and the Grenadines;St. Vincent and the Grenadines|Vincentian;Vincentians|Kingstown|
WSM|Samoa||Samoan;Samoans|Apia|
SMR|San Marino||Sammarinese|San Marino|-
STP|São Tomé and Príncipe|Sao Tome and Principe|Santomean;Santomeans|São Tomé|-
SAU|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians|Riyadh|
SEN|Senegal||Senegalese|Dakar|
SRB|Serbia||Serbian;Serbians;Serb;Serbs|Belgrade|
SYC|Seychelles|the Seychelles|Seychellois|Victoria|-
SLE|Sierra Leone||Sierra Leonean;Sierra Leoneans|Freetown|
SGP|Singapore||Singaporean;Singaporeans|Singapore|-
SVK|Slovakia|Slovak Republic|Slovak;Slovaks;Slovakian|Bratislava|
SVN|Slovenia||Slovenian;Slovenians;Slovene;Slovenes|Ljubljana|
SLB|Solomon Islands|the Solomon Islands|Solomon Islander;Solomon Islanders|Honiara|
SOM|Somalia|Federal Republic of Somalia|Somali;Somalis|Mogadishu|
ZAF|South Africa|Republic of South Africa|South African;South Africans|Pretoria|
SSD|South Sudan||South Sudanese|Juba|
ESP|Spain|Kingdom of Spain|Spanish;Spaniard;Spaniards|Madrid|
LKA|Sri Lanka|Ceylon|Sri Lankan;Sri Lankans|Sri Jayawardenepura Kotte|Colombo
SDN|Sudan|Republic of the Sudan;the Sudan|Sudanese|Khartoum|-
SUR|Suriname|Surinam|Surinamese|Paramaribo|
SWE|Sweden||Swedish;Swede;Swedes|Stockholm|
CHE|Switzerland|Swiss Confederation|Swiss|Bern|Bern;Berne
SYR|Syria|Syrian Arab Republic|Syrian;Syrians|Damascus|
TJK|Tajikistan||Tajik;Tajiks;Tajikistani|Dushanbe|
THA|Thailand|Siam|Thai;Thais|Bangkok|
TLS|Timor-Leste|East Timor|Timorese|Dili|
TGO|Togo|Togolese Republic|Togolese|Lomé|Lomé;Lome
TON|Tonga||Tongan;Tongans|Nuku'alofa|
TTO|Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians;Tobagonian|Port of Spain|
TUN|Tunisia||Tunisian;Tunisians|Tunis|
TUR|Turkey|Türkiye;Turkiye;Republic of Türkiye|Turkish;Turk;Turks|Ankara|
TKM|Turkmenistan||Turkmen;Turkmens|Ashgabat|
TUV|Tuvalu||Tuvaluan;Tuvaluans|Funafuti|
UGA|Uganda||Ugandan;Ugandans|Kampala|
UKR|Ukraine|the Ukraine|Ukrainian;Ukrainians|Kyiv|Kyiv;Kiev
ARE|United Arab Emirates|UAE;U.A.E.;the Emirates;the UAE|Emirati;Emiratis|Abu Dhabi|
GBR|United Kingdom|the United Kingdom;UK;U.K.;the UK;the U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Britons;Brit;Brits|London|
TZA|Tanzania|United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma|Dodoma;Dar es Salaam
USA|United States|the United States;United States of America;US;U.S.;USA;U.S.A.;the US;the U.S.;America|American;Americans|Washington, D.C.|Washington;Washington, D.C.;Washington DC
URY|Uruguay||Uruguayan;Uruguayans|Montevideo|
UZB|Uzbekistan||Uzbek;Uzbeks;Uzbekistani|Tashkent|
VUT|Vanuatu||Ni-Vanuatu|Port Vila|
VEN|Venezuela|Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas|
VNM|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi|
YEM|Yemen|Republic of Yemen|Yemeni;Yemenis|Sanaa|-
ZMB|Zambia||Zambian;Zambians|Lusaka|
ZWE|Zimbabwe||Zimbabwean;Zimbabweans|Harare|
"""

# Non-member observer states and major territories (status, sovereign for dependencies).
# a3 | name | aliases | demonyms | capital | metonyms | status | sovereign | cameo
OTHERS = """
PSE|Palestine|State of Palestine;Palestinian territories;Palestinian Territories;occupied Palestinian territories;Occupied Palestinian Territory|Palestinian;Palestinians|East Jerusalem|Ramallah|observer state||PSE
VAT|Holy See|Vatican City;Vatican City State;the Vatican;Vatican|Vatican|Vatican City|-|observer state||VAT
TWN|Taiwan|Republic of China;ROC;Chinese Taipei;Formosa|Taiwanese|Taipei|Taipei|de facto state||TWN
XKX|Kosovo|Republic of Kosovo|Kosovar;Kosovars;Kosovan;Kosovans|Pristina|Pristina;Prishtina|partially recognised state||KSV
ESH|Western Sahara|Sahrawi Arab Democratic Republic;SADR|Sahrawi;Sahrawis;Saharawi;Saharawis|Laayoune|-|disputed territory||ESH
HKG|Hong Kong|Hong Kong SAR;Hong Kong Special Administrative Region|Hong Konger;Hong Kongers;Hongkonger;Hongkongers|Hong Kong|-|special administrative region|CHN|HKG
MAC|Macau|Macao;Macau SAR|Macanese|Macau|-|special administrative region|CHN|MAC
PRI|Puerto Rico|Commonwealth of Puerto Rico|Puerto Rican;Puerto Ricans|San Juan|-|territory|USA|PRI
GRL|Greenland|Kalaallit Nunaat|Greenlander;Greenlanders;Greenlandic|Nuuk|Nuuk|territory|DNK|GRL
GUM|Guam||Guamanian;Guamanians|Hagåtña|-|territory|USA|GUM
FRO|Faroe Islands|the Faroe Islands;Faroes|Faroese|Tórshavn|-|territory|DNK|FRO
NCL|New Caledonia||New Caledonian;New Caledonians;Kanak;Kanaks|Nouméa|-|territory|FRA|NCL
PYF|French Polynesia||French Polynesian;French Polynesians|Papeete|-|territory|FRA|PYF
BMU|Bermuda||Bermudian;Bermudians|Hamilton|-|territory|GBR|BMU
GIB|Gibraltar||Gibraltarian;Gibraltarians|Gibraltar|-|territory|GBR|GIB
FLK|Falkland Islands|the Falklands;Falklands;Malvinas;Islas Malvinas|Falkland Islander;Falkland Islanders|Stanley|-|territory|GBR|FLK
COK|Cook Islands|the Cook Islands|Cook Islander;Cook Islanders|Avarua|-|associated state|NZL|COK
NIU|Niue||Niuean;Niueans|Alofi|-|associated state|NZL|NIU
"""

# De facto states without an ISO code: id is a slug, `country` is the state they are claimed by.
# id | name | aliases | demonyms | capital | metonyms | claimed by
DE_FACTO = """
somaliland|Somaliland|Republic of Somaliland|Somalilander;Somalilanders|Hargeisa|Hargeisa|SOM
transnistria|Transnistria|Pridnestrovie;Pridnestrovian Moldavian Republic;Trans-Dniester|Transnistrian;Transnistrians|Tiraspol|Tiraspol|MDA
abkhazia|Abkhazia|Republic of Abkhazia|Abkhaz;Abkhazian;Abkhazians|Sukhumi|Sukhumi|GEO
south-ossetia|South Ossetia|Tskhinvali Region|South Ossetian;South Ossetians|Tskhinvali|Tskhinvali|GEO
northern-cyprus|Northern Cyprus|Turkish Republic of Northern Cyprus;TRNC|Turkish Cypriot;Turkish Cypriots|North Nicosia|-|CYP
"""

# Which actor "the <demonym> government" (or the capital as an agent) meant when, where that
# changed with a change of regime. `to` is the last day (inclusive). Others get `<a3>-gov`.
GOVERNMENTS: dict[str, list[dict]] = {
    "afg": [
        {"actor": "taliban", "from": "1996-09-27", "to": "2001-11-12"},
        {"actor": "afg-republic", "from": "2001-12-22", "to": "2021-08-14"},
        {"actor": "taliban", "from": "2021-08-15", "to": None},
    ],
    "syr": [
        {"actor": "syr-assad-regime", "from": "1971-03-14", "to": "2024-12-07"},
        {"actor": "syr-gov", "from": "2024-12-08", "to": None},
    ],
    "irq": [
        {"actor": "irq-baath-regime", "from": "1968-07-17", "to": "2003-04-09"},
        {"actor": "irq-cpa", "from": "2003-05-16", "to": "2004-06-27"},
        {"actor": "irq-gov", "from": "2004-06-28", "to": None},
    ],
    "lby": [
        {"actor": "lby-gaddafi-regime", "from": "1969-09-01", "to": "2011-08-22"},
        {"actor": "lby-gov", "from": "2011-08-23", "to": None},
    ],
    "sdn": [
        {"actor": "sdn-bashir-regime", "from": "1989-06-30", "to": "2019-04-10"},
        {"actor": "sdn-gov", "from": "2019-04-11", "to": None},
    ],
    "mmr": [
        {"actor": "mmr-gov", "from": "1988-09-18", "to": "2011-03-29"},
        {"actor": "mmr-civilian-gov", "from": "2011-03-30", "to": "2021-01-31"},
        {"actor": "mmr-gov", "from": "2021-02-01", "to": None},
    ],
}

# Metonyms that mean one actor whatever the governments list says (rival seats of power).
METONYM_ACTORS: dict[str, list[dict]] = {
    "yem": [
        {"name": "Sanaa", "actor": "yem-gov", "to": "2014-09-20"},
        {"name": "Sanaa", "actor": "houthis", "from": "2014-09-21"},
        {"name": "Sana'a", "actor": "houthis", "from": "2014-09-21"},
        {"name": "Aden", "actor": "yem-gov", "from": "2015-03-21"},
    ],
    "lby": [
        {"name": "Tripoli", "actor": "lby-gaddafi-regime", "to": "2011-08-22"},
        {"name": "Tripoli", "actor": "lby-gov", "from": "2011-08-23"},
        {"name": "Benghazi", "actor": "lby-gns", "from": "2022-03-01"},
        {"name": "Tobruk", "actor": "lby-hor", "from": "2014-08-04"},
    ],
    "sdn": [
        {"name": "Khartoum", "actor": "sdn-bashir-regime", "to": "2019-04-10"},
        {"name": "Khartoum", "actor": "sdn-gov", "from": "2019-04-11"},
        {"name": "Port Sudan", "actor": "sdn-gov", "from": "2023-04-15"},
    ],
}

RENAMED = {"JEY": "Bailiwick of Jersey", "GGY": "Bailiwick of Guernsey"}

# Names and demonyms that are also ordinary English words: matched only with this capitalisation.
CASE_SENSITIVE = {
    "TUR": ["Turkey"],
    "TCD": ["Chad"],
    "JOR": ["Jordan"],
    "CHN": ["China"],
    "JPN": ["Japan"],
    "GIN": ["Guinea"],
    "CHL": ["Chile"],
    "PAN": ["Panama"],
    "GEO": ["Georgia"],
    "POL": ["Polish", "Pole", "Poles"],
    "USA": ["the US"],
}

# Surfaces that two entries share on purpose (context or date decides).
AMBIGUOUS = {"Congolese"}


def split(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def check_iso(a3: str) -> None:
    if a3 != "XKX" and pycountry.countries.get(alpha_3=a3) is None:
        raise SystemExit(f"{a3}: not an ISO 3166 alpha-3 code")


def state_entry(
    a3: str, name: str, aliases: str, demonyms: str, capital: str, metonyms: str, *, cameo: str | None = None
) -> dict:
    lid = a3.lower()
    metos = [capital] if metonyms == "" else ([] if metonyms == "-" else split(metonyms))
    alias_list = [name] + [a for a in split(aliases) if a != name]
    entry: dict = {
        "id": lid,
        "name": name,
        "type": "state",
        "country": a3,
        "cameo": cameo or a3,
        "aliases": alias_list,
        "demonyms": split(demonyms),
        "capital": capital,
        "metonyms": metos + METONYM_ACTORS.get(lid, []),
        "governments": GOVERNMENTS.get(lid, [{"actor": f"{lid}-gov"}]),
    }
    if a3 in CASE_SENSITIVE:
        entry["case_sensitive_aliases"] = CASE_SENSITIVE[a3]
    shared = sorted(AMBIGUOUS & set(entry["demonyms"]))
    if shared:
        entry["ambiguous_aliases"] = shared
    return entry


def government_entry(state: dict) -> dict:
    a3 = state["country"]
    return {
        "id": f"{a3.lower()}-gov",
        "name": f"Government of {state['name']}",
        "type": "government",
        "country": a3,
        "cameo": f"{state['cameo']}GOV",
        "plover": {"actor_type": "GOV"},
        "aliases": [f"Government of {state['name']}", f"{state['name']} government"]
        + [f"{adj} government" for adj in state["demonyms"][:1] if adj not in AMBIGUOUS],
        "parent": None,
    }


def table_rows(table: str) -> list[list[str]]:
    return [line.split("|") for line in table.strip().splitlines() if line.strip()]


def build_states() -> list[dict]:
    states = []
    for a3, name, aliases, demonyms, capital, metonyms in table_rows(UN_MEMBERS):
        check_iso(a3)
        entry = state_entry(a3, name, aliases, demonyms, capital, metonyms)
        entry["status"] = "UN member state"
        states.append(entry)
    if len(states) != 193:
        raise SystemExit(f"expected 193 UN member states, table has {len(states)}")
    for a3, name, aliases, demonyms, capital, metonyms, status, sovereign, cameo in table_rows(OTHERS):
        check_iso(a3)
        entry = state_entry(a3, name, aliases, demonyms, capital, metonyms, cameo=cameo)
        entry["status"] = status
        if sovereign:
            entry["sovereign"] = sovereign
        states.append(entry)
    return states


def build_de_facto() -> list[dict]:
    entries = []
    for slug, name, aliases, demonyms, capital, metonyms, claimed_by in table_rows(DE_FACTO):
        metos = [] if metonyms == "-" else split(metonyms)
        entries.append(
            {
                "id": slug,
                "name": name,
                "type": "state",
                "country": claimed_by,
                "cameo": None,
                "aliases": [name] + split(aliases),
                "demonyms": split(demonyms),
                "capital": capital,
                "metonyms": metos,
                "status": "de facto state",
                "governments": [{"actor": f"{slug}-gov"}],
            }
        )
    return entries


def de_facto_government(state: dict) -> dict:
    return {
        "id": f"{state['id']}-gov",
        "name": f"Government of {state['name']}",
        "type": "government",
        "country": state["country"],
        "cameo": None,
        "plover": {"actor_type": "GOV"},
        "aliases": [f"{state['name']} government", f"{state['name']} authorities"],
        "parent": None,
    }


def minor_territories(known: set[str]) -> list[dict]:
    """Remaining ISO entries (dependencies, uninhabited islands): names only."""
    entries = []
    for country in pycountry.countries:
        if country.alpha_3 in known:
            continue
        name = getattr(country, "common_name", None) or country.name
        # Bare "Jersey"/"Guernsey" are garments and part of "New Jersey": official names only.
        name = RENAMED.get(country.alpha_3, name)
        entries.append(
            {
                "id": country.alpha_3.lower(),
                "name": name,
                "type": "state",
                "country": country.alpha_3,
                "cameo": country.alpha_3,
                "aliases": [name],
                "demonyms": [],
                "capital": None,
                "metonyms": [],
                "status": "territory",
            }
        )
    return entries


def as_dates(value):
    """ISO day strings become dates, so they dump unquoted like the hand-written files."""
    if isinstance(value, list):
        return [as_dates(v) for v in value]
    if isinstance(value, dict):
        return {k: as_dates(v) for k, v in value.items()}
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def hand_written_ids() -> set[str]:
    path = DATA / "institutions.yaml"
    if not path.exists():
        return set()
    return {entry["id"] for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []}


def main() -> int:
    states = build_states()
    de_facto = build_de_facto()
    known = {s["country"] for s in states} | {"XKX"}
    territories = minor_territories(known)
    # Only states whose government is not a dated list of regimes, and not written by hand.
    skip = hand_written_ids()
    governments = [
        government_entry(s)
        for s in states
        if s["governments"] == [{"actor": f"{s['id']}-gov"}] and f"{s['id']}-gov" not in skip
    ]
    governments += [de_facto_government(s) for s in de_facto if f"{s['id']}-gov" not in skip]
    header = (
        "# Countries: every UN member state, the two observer states, territories and de facto\n"
        "# states, followed by generic `<a3>-gov` entries for states whose government is not\n"
        "# written by hand in institutions.yaml. GENERATED by scripts/build_countries.py from its\n"
        "# hand-checked table: edit the script, not this file.\n"
        "# metonyms: a plain string means the state's government as given by `governments` on the\n"
        "# article's date; a mapping {name, actor, from, to} means that actor in that period.\n"
    )
    body = yaml.safe_dump(
        as_dates(states + de_facto + territories + governments),
        allow_unicode=True,
        sort_keys=False,
        width=110,
        default_flow_style=None,
    )
    output_dir(sys.argv[1:]).joinpath("countries.yaml").write_text(header + body, encoding="utf-8")
    print(
        f"{len(states)} states/territories, {len(de_facto)} de facto, {len(territories)} minor, "
        f"{len(governments)} generic governments",
        file=sys.stderr,
    )
    return 0


def output_dir(argv: list[str]) -> Path:
    """`--out DIR` writes there instead of the package (the tests compare the two)."""
    if len(argv) == 2 and argv[0] == "--out":
        return Path(argv[1])
    return DATA


if __name__ == "__main__":
    raise SystemExit(main())
