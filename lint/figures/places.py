"""Countries, regions and blocs with their name variants and demonyms, as data.

One line per place: the canonical name, then every other way the press writes it
(short forms, former names, adjectives and demonyms). "Kazakh", "Kazakhstani" and
"Kazakhs" all become Kazakhstan, so "China-Kazakh trade" and "trade between China
and Kazakhstan" share a key. Ambiguous words that are also common names or nouns
("Georgia" the US state, "Jordan", "Chad", "Turkey" in lower case) are matched only
capitalised, as written here; a few too ambiguous to use ("American" for the
continents) are left out.
"""

from __future__ import annotations

_TABLE = """
Afghanistan: Afghan, Afghans, Afghani
Albania: Albanian, Albanians
Algeria: Algerian, Algerians
Angola: Angolan, Angolans
Argentina: Argentine, Argentinian, Argentines, Argentinians
Armenia: Armenian, Armenians
Australia: Australian, Australians
Austria: Austrian, Austrians
Azerbaijan: Azerbaijani, Azerbaijanis, Azeri, Azeris
Bahrain: Bahraini, Bahrainis
Bangladesh: Bangladeshi, Bangladeshis
Belarus: Belarusian, Belarusians, Byelorussia
Belgium: Belgian, Belgians
Bhutan: Bhutanese
Bolivia: Bolivian, Bolivians
Bosnia and Herzegovina: Bosnia, Bosnian, Bosnians
Botswana: Botswanan
Brazil: Brazilian, Brazilians
Brunei: Bruneian
Bulgaria: Bulgarian, Bulgarians
Burkina Faso: Burkinabe
Cambodia: Cambodian, Cambodians
Cameroon: Cameroonian, Cameroonians
Canada: Canadian, Canadians
Chile: Chilean, Chileans
China: Chinese, PRC, People's Republic of China, People’s Republic of China, Mainland China
Colombia: Colombian, Colombians
Costa Rica: Costa Rican, Costa Ricans
Croatia: Croatian, Croatians, Croat, Croats
Cuba: Cuban, Cubans
Cyprus: Cypriot, Cypriots
Czech Republic: Czechia, Czech, Czechs
Democratic Republic of the Congo: DRC, DR Congo, Congolese
Denmark: Danish, Dane, Danes
Ecuador: Ecuadorian, Ecuadorians
Egypt: Egyptian, Egyptians
Estonia: Estonian, Estonians
Ethiopia: Ethiopian, Ethiopians
Finland: Finnish, Finn, Finns
France: French
Georgia: Georgian, Georgians
Germany: German, Germans
Ghana: Ghanaian, Ghanaians
Greece: Greek, Greeks
Guatemala: Guatemalan, Guatemalans
Haiti: Haitian, Haitians
Honduras: Honduran, Hondurans
Hong Kong: Hongkonger, Hongkongers
Hungary: Hungarian, Hungarians
Iceland: Icelandic, Icelander, Icelanders
India: Indian, Indians
Indonesia: Indonesian, Indonesians
Iran: Iranian, Iranians, Persia
Iraq: Iraqi, Iraqis
Ireland: Irish
Israel: Israeli, Israelis
Italy: Italian, Italians
Ivory Coast: Côte d'Ivoire, Cote d'Ivoire, Ivorian, Ivorians
Jamaica: Jamaican, Jamaicans
Japan: Japanese
Jordan: Jordanian, Jordanians
Kazakhstan: Kazakh, Kazakhs, Kazakhstani, Kazakhstanis, Kazakstan
Kenya: Kenyan, Kenyans
Kuwait: Kuwaiti, Kuwaitis
Kyrgyzstan: Kyrgyz, Kirghiz, Kyrgyzstani, Kyrgyz Republic, Kirgizia
Laos: Lao, Laotian, Laotians
Latvia: Latvian, Latvians
Lebanon: Lebanese
Libya: Libyan, Libyans
Lithuania: Lithuanian, Lithuanians
Luxembourg: Luxembourgish, Luxembourger
Macau: Macao, Macanese
Malaysia: Malaysian, Malaysians
Mali: Malian, Malians
Malta: Maltese
Mexico: Mexican, Mexicans
Moldova: Moldovan, Moldovans
Mongolia: Mongolian, Mongolians
Montenegro: Montenegrin, Montenegrins
Morocco: Moroccan, Moroccans
Mozambique: Mozambican, Mozambicans
Myanmar: Burma, Burmese
Namibia: Namibian, Namibians
Nepal: Nepalese, Nepali
Netherlands: Dutch, Holland, the Netherlands
New Zealand: New Zealander, New Zealanders
Nicaragua: Nicaraguan, Nicaraguans
Niger: Nigerien
Nigeria: Nigerian, Nigerians
North Korea: DPRK, North Korean, North Koreans
North Macedonia: Macedonia, Macedonian, Macedonians
Norway: Norwegian, Norwegians
Oman: Omani, Omanis
Pakistan: Pakistani, Pakistanis
Palestine: Palestinian, Palestinians
Panama: Panamanian, Panamanians
Paraguay: Paraguayan, Paraguayans
Peru: Peruvian, Peruvians
Philippines: Philippine, Filipino, Filipinos, the Philippines, Phillipines
Poland: Polish, Pole, Poles
Portugal: Portuguese
Qatar: Qatari, Qataris
Romania: Romanian, Romanians
Russia: Russian, Russians, Russian Federation
Rwanda: Rwandan, Rwandans
Saudi Arabia: Saudi, Saudis, Saudi Arabian
Senegal: Senegalese
Serbia: Serbian, Serbians, Serb, Serbs
Singapore: Singaporean, Singaporeans
Slovakia: Slovak, Slovaks, Slovakian
Slovenia: Slovenian, Slovenians, Slovene, Slovenes
Somalia: Somali, Somalis
South Africa: South African, South Africans
South Korea: Republic of Korea, ROK, South Korean, South Koreans
South Sudan: South Sudanese
Spain: Spanish, Spaniard, Spaniards
Sri Lanka: Sri Lankan, Sri Lankans
Sudan: Sudanese
Sweden: Swedish, Swede, Swedes
Switzerland: Swiss
Syria: Syrian, Syrians
Taiwan: Taiwanese
Tajikistan: Tajik, Tajiks, Tadjikistan, Tajikistani
Tanzania: Tanzanian, Tanzanians
Thailand: Thai, Thais
Tunisia: Tunisian, Tunisians
Turkey: Türkiye, Turkish, Turk, Turks
Turkmenistan: Turkmen, Turkmens, Turkmenistani
Uganda: Ugandan, Ugandans
Ukraine: Ukrainian, Ukrainians
United Arab Emirates: UAE, Emirati, Emiratis
United Kingdom: UK, U.K., Britain, Great Britain, British, Briton, Britons
United States: US, U.S., USA, U.S.A., United States of America, America, American, Americans
Uruguay: Uruguayan, Uruguayans
Uzbekistan: Uzbek, Uzbeks, Uzbekistani, Uzbekstan
Venezuela: Venezuelan, Venezuelans
Vietnam: Viet Nam, Vietnamese
Yemen: Yemeni, Yemenis
Zambia: Zambian, Zambians
Zimbabwe: Zimbabwean, Zimbabweans
Africa: African, Africans
Asia: Asian, Asians
Central Asia: Central Asian, Central Asians
Southeast Asia: South-East Asia, Southeast Asian, South-East Asian
South Asia: South Asian
East Asia: East Asian
Europe: Europeans
European Union: EU, E.U., European
Latin America: Latin American, Latin Americans
North America: North American, North Americans
South America: South American, South Americans
Middle East: Middle Eastern
ASEAN: Association of Southeast Asian Nations
"""

# Prefixes of compound adjectives: "Sino-Kazakh" is China and Kazakhstan.
PREFIXES = {"Sino": "China", "Russo": "Russia"}
# Places that are regions or blocs: "the region" refers back to one of these.
REGION_NAMES = frozenset(
    (
        "Africa",
        "Asia",
        "Central Asia",
        "Southeast Asia",
        "South Asia",
        "East Asia",
        "Europe",
        "European Union",
        "Latin America",
        "North America",
        "South America",
        "Middle East",
        "ASEAN",
    )
)


# Members of regions and blocs, so that a share of a region's figure ("EU-Central Asia
# trade ..., with Kazakhstan accounting for 85%") is about the member it names.
MEMBERS = {
    "Central Asia": frozenset(
        {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"}
    ),
    "European Union": frozenset(
        """Austria Belgium Bulgaria Croatia Cyprus Denmark Estonia Finland France Germany
        Greece Hungary Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland
        Portugal Romania Slovakia Slovenia Spain Sweden""".split()
    )
    | {"Czech Republic"},
    "ASEAN": frozenset(
        """Brunei Cambodia Indonesia Laos Malaysia Myanmar Philippines Singapore Thailand
        Vietnam""".split()
    ),
    "South Asia": frozenset(
        [*"Afghanistan Bangladesh Bhutan India Nepal Pakistan".split(), "Sri Lanka"]
    ),
    "Middle East": frozenset(
        [
            *"""Bahrain Egypt Iran Iraq Israel Jordan Kuwait Lebanon Oman Palestine Qatar
            Syria Turkey Yemen""".split(),
            "Saudi Arabia",
            "United Arab Emirates",
        ]
    ),
}
MEMBERS["Southeast Asia"] = MEMBERS["ASEAN"]


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for row in _TABLE.strip().splitlines():
        canonical, _, variants = row.partition(":")
        names[canonical] = canonical
        for variant in variants.split(","):
            names[variant.strip()] = canonical
    return names


NAMES: dict[str, str] = _names()
