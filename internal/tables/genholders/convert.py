#!/usr/bin/env python3
"""Derive data/holders.tsv from snapshots of public office-holder datasets.

    python3 genholders/convert.py MIRROR_DIR > data/holders.tsv

MIRROR_DIR holds bare git clones named owner+name/repo of the sources that
data/README.md lists; the commits read are fixed below, so the output is
reproducible. Only the columns the project needs are kept: name, other forms,
title, affiliation, first and last day of the term (YYYY, YYYY-MM or
YYYY-MM-DD; an empty end while in office at the snapshot), and the source.
"""
import csv
import html
import io
import json
import os
import re
import subprocess
import sys
import unicodedata

import yaml

SOURCES = {
    # Wikidata heads of state and government of every country, 2021-2022
    "leaders": ("every-politician-scrapers+world-leaders-2021", "be7039cf5952d8121c4f1e24eea64cc5dd465633", "data/wikidata.csv"),
    # Wikidata foreign ministers of every country, every snapshot
    "foreign": ("every-politician-scrapers+world", "5d1baa49c580cabd3ae76b59a1102a451b77fe60", "sources/foreign/wikidata.csv"),
    # the CIA World Factbook's country profiles (a US Government work in the
    # public domain), one JSON file a country, updated weekly
    "factbook": ("factbook+cache.factbook.json", "d81154954b8bd62cb72473f9aa1e1a499945f836", ""),
    # Wikidata United Nations offices
    "un": ("every-politician-scrapers+world", "887866264e3af2e217743e63d85d1485539509a1", "html/holders21.csv"),
    # Wikidata US cabinet and White House offices since 1993
    "uscabinet": ("every-politician-scrapers+us-cabinet", "0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600", "html/holders21.csv"),
    # US presidents and vice presidents
    "usexec": ("unitedstates+congress-legislators", "dfa9622263dd4c8d08636926e498f1845704d7eb", "executive.yaml"),
    # members of the US Congress serving at the snapshot, with their terms
    # since 1990 (the historical file is not in the snapshot)
    "uscongress": ("unitedstates+congress-legislators", "dfa9622263dd4c8d08636926e498f1845704d7eb", "legislators-current.yaml"),
}

# later runs of the same query as "leaders" (heads in office at or after the
# start of 2022), kept on the repository's data-update branch: each lists
# the heads in office on its day
LEADERS_LATER = [
    "31e627d8cb73045dc22afc31a7ad02270f689f19",  # 2023-06-03
    "d073bd163157423b05ae2506d9ed92c1465f40bd",  # 2024-03-16
    "85a38819b0b80b36a3469e16afef46c80a7a7a79",  # 2024-10-23
]

# every-politician-scrapers country repositories: the Wikidata holders of
# each country's cabinet-level offices (html/holders21.csv), at these commits
CABINETS = {
    "albania-cabinet": ("AL", "e8d362eb360459d1ffad1dbf5eec480294ef4746"),
    "algeria-cabinet": ("DZ", "a23de8549333fc55f861cc856d499acb9cd255de"),
    "argentina-ministers": ("AR", "98105f511ea6ad6c9730e979190909cf34d9343b"),
    "armenia-ministers": ("AM", "0f97f894d1206191bcc52e5925f00bac9a0299bf"),
    "azerbaijan-cabinet": ("AZ", "88e2221afaeb133eb9ac369d5a036c69bbeefc4d"),
    "bangladesh-ministers": ("BD", "9bf8dcec085888ba0a57f9073a0d504b74c33441"),
    "belarus-ministers": ("BY", "3edd7c7cbcba709c6165f7df09653dcbf50c7712"),
    "bulgaria-cabinet": ("BG", "2068236a3e5af84bd30f347afe86bcc089d6fd5d"),
    "chile-ministers": ("CL", "412eb050c5f72daf9c0f31b6482c61180501c83a"),
    "croatia-ministers": ("HR", "6e44b5186fd289ec77c7a5d1378d86e4a1ad37a3"),
    "cyprus-cabinet": ("CY", "5fcbf4d37e23e62f820666403beb77e72c2f9916"),
    "egypt-ministers": ("EG", "f3820a30ce92a8557e3503202fed731e9d91275c"),
    "ethiopia-ministers": ("ET", "e025c9ca8d02cc7f3a5522afd30d49350e64c5cf"),
    "georgia-ministers": ("GE", "e843205baddb9cd7321170ede5d08210b1bf6c78"),
    "iraq-ministers": ("IQ", "ab7f90c8298be91e36248b2ca5d7f268cee0b173"),
    "ireland-ministers": ("IE", "562aee81a3802e59acc4cf21c8fce6a8ca35f76e"),
    "kazakhstan-cabinet": ("KZ", "caf651f97dc0efed4955887c17fd6fadcdf7b111"),
    "kenya": ("KE", "845fa144b1aa18652748624528d836b81e51b7d0"),
    "kuwait-ministers": ("KW", "e663bce8539370de83f3f06eecb0e8d4ec50b14e"),
    "latvia-cabinet": ("LV", "5f141542ec29a0fa0dc91c29ee2b3d695b7d1e45"),
    "luxembourg-cabinet": ("LU", "7b920a2e507deea1887539f7ebb4fea0db43e7da"),
    "malaysia-ministers": ("MY", "bab25025f0c68e7c1c623e0ee7e4888032550e16"),
    "malta-ministers": ("MT", "4cba0680d5436b0befc248615f230087fbd45be4"),
    "moldova-ministers": ("MD", "8f20086e5f2cc7b6019a841225e3c9e323c8d19d"),
    "montenegro-cabinet": ("ME", "8ba0dd381b8c18ead1b8772c5bfddf9b6d83b246"),
    "morocco-ministers": ("MA", "b5246271b46859298b816869fd8c3ae7f658afd8"),
    "new-zealand-cabinet": ("NZ", "dbf5f248a1d55fc1a111112bc904c8e7e8e26950"),
    "nigeria": ("NG", "1f5d4aad9ba42a810e353d0d7b4378fedc4429e6"),
    "north-macedonia-ministers": ("MK", "6f680e0dc4d625b98a0f03138ae8a8ff5b31635d"),
    "philippines-ministers": ("PH", "1f396f9a8c2e3397cfe392fca350c8943aa1d5f5"),
    "serbia-ministers": ("RS", "a4a525577243b1a2ebc9c98de0801347aba26e52"),
    "singapore-ministers": ("SG", "7c68317a86e9ab14712685cc12d6e2afc028d410"),
    "slovenia-cabinet": ("SI", "7a1dca9809cba7fb945c7a21154edf494d043879"),
    "swiss-federal-council": ("CH", "7cb72efe7f83e593d6be64fa649c993c5042e49c"),
    "uae-ministers": ("AE", "9478e53b0ada6f31a1877fddb499f33207efa368"),
    "vietnam": ("VN", "906e493fe5ae307bf6184baa4fa9e48d75f9866d"),
    "australia-cabinet": ("AU", "4c35a6ef087d076eb343b6177814574b2d6e43b8"),
    "austria-cabinet": ("AT", "d8d29777ec6abe3e2adfb82f5c308e944fb8f8a9"),
    "belgium-cabinet": ("BE", "a1420fcaec8b2c2966eebb13f352b95725d3785b"),
    "brazil-ministers": ("BR", "de58065b42edc0c0f310185ffda9174540e9af5f"),
    "canada-cabinet": ("CA", "3b3f0da86ca64c7e3ce6d0f073ed66612885d06f"),
    "china-ministers": ("CN", "300341654d57cd10776238bae41c89b6ea315276"),
    "czech-ministers": ("CZ", "1e53f23f9405feacef64241294c342ab8eca0319"),
    "denmark-cabinet": ("DK", "1599847eacdd27202c9b84387407cef25458f309"),
    "estonia": ("EE", "27ed68480fd69b680a523eab604b6ccf26ed4332"),
    "finland-cabinet": ("FI", "56412ba38703d3181b5dd5675b8410b95f6a5487"),
    "france-cabinet": ("FR", "7ff37baf3297a83711c90ac84b1d3b2ecb50a541"),
    "greece-cabinet": ("GR", "34bf1d17b4c2afa95e6063f93742e53f3d4c7454"),
    "hungary-cabinet": ("HU", "aee95092e592403fee7a5d87f0d6b8eeeda1e9ca"),
    "india-ministers": ("IN", "66f344bbf207d35eaa3225edf5584ae0bb164fe8"),
    "indonesia-ministers": ("ID", "66eaaf57191eff7e9d28eea926358bf83d443114"),
    "iran-ministers": ("IR", "a8e7c2fb16372b8b77a09303ae27d46a9ea21e67"),
    "israel-ministers": ("IL", "81da8707e865df568c7ba8b0b89bf95e7ffd4ae1"),
    "italy-ministers": ("IT", "4f9e038f62f3c71f737fd7e30a4e35df1686f4eb"),
    "japan-ministers": ("JP", "8ba3cb1992bee87f5b8dc566da87db2be8550a1a"),
    "lithuania": ("LT", "2743892fbc8f4eca6fc0b2ead37936dc8d5229d9"),
    "mexico-ministers": ("MX", "87f5ae7dc992a800173a7c9de53ccbe25661dc61"),
    "netherlands-cabinet": ("NL", "a542323a663b1a7232e6f8e4843eda1f019a8705"),
    "norway-cabinet": ("NO", "c0bc52971dac1a8734320e298a714903adae5b83"),
    "pakistan-ministers": ("PK", "065accdb5d8d693e89c0bc559862c10f66d443d1"),
    "poland-cabinet": ("PL", "c6b228df3eed6e9ba89f02bf424f870a66ea47a6"),
    "portugal-cabinet": ("PT", "49dd0287a8d715a217ba067c04d574b2632864af"),
    "romania-cabinet": ("RO", "63e9c5d352fa9a477e708ecc2ac4523af9534cfe"),
    "russia-cabinet": ("RU", "3871831d9846a16c5017acc229e003ab706202ab"),
    "saudi-ministers": ("SA", "566c58806bee4d91167f3dcbd19abbb596e65497"),
    "slovakia-cabinet": ("SK", "db4bf5310f557452cd6140a61739d4103c35debf"),
    "south-africa-cabinet": ("ZA", "0558a872c69856bba752bd3b8b3604e4e4479252"),
    "south-korea-ministers": ("KR", "6f17960017c672790f0997885e5b2ff5937305de"),
    "spain-ministers": ("ES", "1e1550ca85af4c39b71e6a462fead133849fe078"),
    "sweden-cabinet": ("SE", "6756a7c9de57d94b64628365d3715a344c3ad9a7"),
    "turkey-ministers": ("TR", "288fbd45ee3fa59f8a226437bf43d726c9845f4f"),
    "ukraine-cabinet": ("UA", "4fc6ab0f4d90d6170b674172a115f1bc98478e4b"),
    "united-kingdom-cabinet": ("GB", "3a5ec686630cbefc0fe4b96da38a2a50b52d2556"),
    # more countries, each at the last commit changing html/holders21.csv
    "zimbabwe": ("ZW", "45a15ed971b9ffa77a6d1196b5409136f6eaf316"),  # 2022-07-09
    "mozambique": ("MZ", "17e6aba7077c5f7e480d12aa495943bd956fc109"),  # 2022-07-22
    "sudan": ("SD", "c9addc0e0b468b5aa55416197dd4aaf981250413"),  # 2022-07-13
    "yemen": ("YE", "4ea64462ce7facbef58fa67c0ebf61e6b249f6e7"),  # 2022-12-07
    "angola": ("AO", "5a78c687e7f79a3b4a996cd10259785765664b4a"),  # 2022-07-28
    "equatorial-guinea": ("GQ", "2b2b3c0acc653564222a49afab20c8b8899753e1"),  # 2022-06-10
    "south-sudan": ("SS", "4fc5854065f638949d4d0a7c55729ff4821cf391"),  # 2022-07-31
    "central-african-republic": ("CF", "fe0c2e9d602c45764cc428f524f658a39215bce8"),  # 2022-07-17
    "congo-kinshasa-ministers": ("CD", "fb78ee2e1afcd31cb21afcb2c18c01e01608b18d"),  # 2022-07-30
    "cameroon": ("CM", "2a3ce971ddcf3ba326a147314e9dea75fe69742a"),  # 2022-08-02
    "sri-lanka-cabinet": ("LK", "a90dbcf77133b1b9dcb94abe2c51b7ba2d9c5bee"),  # 2022-07-25
    "senegal-ministers": ("SN", "01c3d1c34a44dffdee2147f822c51eb5d0871b93"),  # 2022-07-16
    "taiwan": ("TW", "be9bf938414251e6a063f1649b2800c14721143f"),  # 2023-01-09
    "bosnia-herzegovina-ministers": ("BA", "2f6b59e7b6bc94032a77951c0ab9d4080a416e75"),  # 2022-06-28
    "ghana-ministers": ("GH", "6c84164e64a35101f93257e4efbf5a60d66dedec"),  # 2022-07-05
    "lesotho-ministers": ("LS", "e2e5c91fe1eaeff7393b6348b991cc7e77353b59"),  # 2022-08-02
    "togo": ("TG", "a2063bedf3c25780e65185827a65d084c1245eed"),  # 2023-01-09
    "barbados-cabinet": ("BB", "f3c72134b4034a73bfbe2320942f32924b28ec7f"),  # 2022-07-20
    "congo-brazzaville": ("CG", "2f2f5092fbee92db3461b041f9dd2290a9e763e8"),  # 2022-06-21
    "kosovo-cabinet": ("XK", "80ea1fc854fe9c985d40757b0432f2a5fc997f27"),  # 2022-07-08
    "somalia-cabinet": ("SO", "38141e75fb368b7dd184c03958cda20229ddf22b"),  # 2022-08-02
    "uzbekistan-ministers": ("UZ", "5e63658306d1c1af3636df0ba1b8c8ef72dfa717"),  # 2022-07-19
    "bolivia-ministers": ("BO", "434bcd82d1ae9fefedb820b2cc6a1d38a4e3e5f8"),  # 2022-08-02
    "burkina-faso": ("BF", "497b82ab5ecdb13852b80433607c9c880687b4db"),  # 2023-01-11
    "bahrain": ("BH", "8e6598d1b3cf24f5f12d869758fe959e355ab603"),  # 2022-12-13
    "bhutan-ministers": ("BT", "80bf80a9adc447f4a70fae65e58ad0e4a80a3342"),  # 2022-03-19
    "costa-rica": ("CR", "543f1a52075c241512420491b23e4373097843ab"),  # 2022-12-06
    "cabo-verde": ("CV", "c68365375c22b0320397fe524f3ba5fff72e0b02"),  # 2022-12-06
    "cuba": ("CU", "3135a77b90d4ee24a7adc515d7dbe242c4c8c346"),  # 2022-10-06
    "tonga-ministers": ("TO", "67eec64e827a463ef39accdcb56e653078d45abb"),  # 2022-06-15
    "bahamas-cabinet": ("BS", "b82862d20ee83f442e11f33b50fd5fc7b61c59e2"),  # 2022-06-26
    "belize-ministers": ("BZ", "27bea3488c0bf55a54d2a3006f8e8f2e79ccfd96"),  # 2022-08-02
    "antigua-barbuda-ministers": ("AG", "8932e1720b5713d5ed998d920df32dcaf6ca33b4"),  # 2022-08-02
    # the other sovereign countries with such a list (every-politician-scrapers
    # repositories holding html/holders21.csv), each at the last commit changing
    # the file: holders since about 2000, some since the 1980s
    "tunisia-ministers": ("TN", "6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe"),  # 2022-07-23
    "afghanistan": ("AF", "60d458daa5b233245f5745cf4bde5214b61b7627"),  # 2022-07-18
    "andorra-cabinet": ("AD", "c83650b8f33a24172b3b1ecb9877f186bdc5f235"),  # 2022-07-16
    "benin-ministers": ("BJ", "0dee848b50b361e1f8981531472f8502b713b114"),  # 2022-07-25
    "botswana-ministers": ("BW", "680baa6be95eb261954c22b485a961bb660da2b3"),  # 2022-07-13
    "brunei-ministers": ("BN", "2a719e3d156a713f9b67c8330b971b9ad83990d6"),  # 2022-07-08
    "burundi-ministers": ("BI", "6b6ba0a39a6d692b3d6ecc9ba9ef93bba8208ab3"),  # 2022-06-20
    "cambodia": ("KH", "df2cb441064e627e5a1a48002998d5926ebb0606"),  # 2023-01-01
    "chad-ministers": ("TD", "aa07a6013080ddbe1e9aa09bdf3495514a8fde27"),  # 2022-07-09
    "comoros": ("KM", "519335612c46ee5c6d5c8561738cea28817298cd"),  # 2022-10-10
    "djibouti-ministers": ("DJ", "080838cee05c04ecf2b16645036f5b84dd6a487c"),  # 2022-03-19
    "dominica": ("DM", "443be2e3e50d745f766b2c15e1022d2bf172eb89"),  # 2022-10-15
    "dominican-republic": ("DO", "42b80f8c9785285412d03076ecdf498ad74a3ffd"),  # 2022-11-12
    "ecuador-ministers": ("EC", "ba2e84fb89b671f3f8315c353df16fc7e54b7efa"),  # 2022-07-20
    "el-salvador-ministers": ("SV", "17cb6b570d6ddde06d4244c1a58aa15dbfd17942"),  # 2022-06-30
    "eritrea-ministers": ("ER", "297d9bc416b344cb52e4264e279abfe29101d5d4"),  # 2022-08-02
    "eswatini": ("SZ", "99edf5a92a83e7c27d8e596ba342c573089f67f1"),  # 2022-10-10
    "fiji-ministers": ("FJ", "81248d5360ba140cb9b5a01e6f23e19c529a2222"),  # 2022-05-11
    "gabon-ministers": ("GA", "6a87ce3f3fc980e791e23870b086fb42f349c916"),  # 2022-04-27
    "gambia-ministers": ("GM", "1eb3ec5bd44f1e352505f30a82095a2c46eb65f2"),  # 2022-07-28
    "grenada": ("GD", "e8a2cac4eb7fa3712552b7ac6fbfa90fb0da1f61"),  # 2022-10-21
    "guatemala-ministers": ("GT", "fb1b37b7fd1a468c6b82b6ab7e2c406a9cb49b9a"),  # 2022-07-27
    "guinea": ("GN", "53109885a0f02b6fef621c643783c78e4f4bd2d4"),  # 2022-11-18
    "guinea-bissau": ("GW", "d136ec42074b0a0f5ae1ef767635c90785d8af13"),  # 2022-10-09
    "guyana": ("GY", "7a14a8568108e2e1e7deefb392bd03ca18a54ef9"),  # 2022-10-10
    "haiti": ("HT", "c510dfef759eb1adc44e7347f33b37a37e9def70"),  # 2022-12-02
    "honduras-ministers": ("HN", "3dad2c4c0fd29ef39ca5281f6223d2bf0f4d7496"),  # 2022-07-20
    "ivory-coast": ("CI", "034f108cd239b58879dc2e8d6f85e7ebd869aadb"),  # 2022-11-08
    "jamaica-ministers": ("JM", "ad18aea32bc11fc49e52050392c83e81afbbc022"),  # 2022-07-17
    "jordan-ministers": ("JO", "b684d9408554d3eaff38b51d6eb673e28d5b5346"),  # 2022-07-05
    "kyrgyzstan-ministers": ("KG", "d8ff9828032fbb0e1f41920dd6af8c5c08a26a67"),  # 2022-08-02
    "liechtenstein-ministers": ("LI", "78a77422ef7c0b71ccb1e7fbd33818cc326efd64"),  # 2022-03-02
    "liberia-ministers": ("LR", "32aab38f821699cdbab348b9e87ec1aa2ed92fae"),  # 2022-06-28
    "malawi-ministers": ("MW", "c6f5263d6b196cccf7d15ec2daf5d72b2e640a6d"),  # 2022-06-10
    "micronesia-ministers": ("FM", "ad903abe19b1a74ef92636ac279b59674ff2afcf"),  # 2022-08-02
    "maldives-ministers": ("MV", "198c8d3afa72db8e7fe6337b0cdbb7c035d87b6a"),  # 2022-06-30
    "marshall-islands-ministers": ("MH", "cc5f3094ce8cfd5f4540700745ce7bf30f56fa15"),  # 2022-05-16
    "mauritania": ("MR", "111e6d11d5d36e35a51ddb4b67c3c56e397b5932"),  # 2022-09-30
    "mauritius-ministers": ("MU", "6de123948d4bf60a80640a97bdec323ebe4d93ec"),  # 2022-06-20
    "mongolia-ministers": ("MN", "f24b66fc61d4bd9e5b56a124785d1be7ea9d7267"),  # 2022-08-02
    "nepal-ministers": ("NP", "e7e029777565965097ccc6cd3334a7d10ebbea8c"),  # 2022-07-20
    "niger-ministers": ("NE", "9204e837cb38944cbc55b730ba619d549bad9b9c"),  # 2022-08-02
    "north-korea": ("KP", "9ba6cd4f5a525797e06b508696eac3eac936eaff"),  # 2022-10-11
    "oman": ("OM", "2c764499cddcb25de8934309343d2753cf39bceb"),  # 2022-10-12
    "panama-ministers": ("PA", "df6784bc3f72b6369a810e8b6aed3b5ef3e578ef"),  # 2022-07-18
    "papua-new-guinea": ("PG", "bfe5f9e93226262ff4256362037d57ee047f334d"),  # 2022-10-08
    "paraguay-ministers": ("PY", "d420f8861e2d935d84539006861f3ed7e0b2e457"),  # 2022-08-02
    "rwanda-ministers": ("RW", "1bdb78becc32f2a4205c9ef40159d185d574f1b4"),  # 2022-08-02
    "solomons-ministers": ("SB", "e44629f8b039ae032a37da2075b78dd4eba299cb"),  # 2022-08-02
    "sierra-leone": ("SL", "6cba9e97018925ed86734a9d1aac02c9fb9d76b9"),  # 2022-09-15
    "st-lucia-cabinet": ("LC", "1c039a845dfc5fe9495e8a11a25250f0382fa912"),  # 2022-07-04
    "st-vincent-and-the-grenadines": ("VC", "ad6f891463b82067858a09b585e329d6c931cb07"),  # 2022-11-18
    "sao-tome-and-principe": ("ST", "96994130462cdbc0faa0faf42d8f51b87e1e2cdf"),  # 2022-11-19
    "st-kitts-and-nevis-cabinet": ("KN", "9fe4f85658f5912778d982031998eeb255620a14"),  # 2022-07-28
    "suriname": ("SR", "a893afb0bde8e0e338c4d5f3caade6a9f51f3e2d"),  # 2022-09-16
    "syria": ("SY", "cd558e990516bacd11dfd165f10b28764e52b2c4"),  # 2023-01-09
    "tanzania-ministers": ("TZ", "d1899da0536d4b1ddf1dfb64777a82b0faeb7dd5"),  # 2022-05-14
    "trinidad-and-tobago-cabinet": ("TT", "843d0bf3c6cdc8f7ad5404380308b70c90b13e8b"),  # 2022-07-17
    "tuvalu-ministers": ("TV", "edd6e2b406a8c5b4c1c3e76c2f368085e2b1130a"),  # 2022-04-08
    "tajikistan-ministers": ("TJ", "04cfb20a4eaf76f996220f59d1083d32a7faff7e"),  # 2022-08-02
    "timor-leste-ministers": ("TL", "980f8171d222af2140f2702aa009048626c396ba"),  # 2022-06-13
    "turkmenistan": ("TM", "d3ea9a1abf59973e46871f088b5a55ee002dea8d"),  # 2022-08-13
    "uruguay-ministers": ("UY", "23112bb50d461da2ca72b574663ccdc2aff09b2f"),  # 2022-07-04
    "uganda-ministers": ("UG", "67578ead7514c9a985c1c2dcb9d68ff0d8346567"),  # 2022-08-02
    "venezuela": ("VE", "d3b0c53fc965a7f97efacde27dbc095ea5678a9a"),  # 2023-01-03
    "vanuatu-cabinet": ("VU", "85740504f6933ca308232974a4961a50d908f169"),  # 2022-07-28
    "zambia-ministers": ("ZM", "5c44ea5992cd2dc17e616fc5153f90ee2cad1330"),  # 2022-06-28
}

# the offices kept from a cabinet list: head of state and of government,
# foreign and defence ministers, by the whole Wikidata label
CABINET_HEADS = {
    "President": "President", "Federal President": "President",
    "Prime Minister": "Prime Minister", "Federal Chancellor": "Chancellor",
    "Chancellor": "Chancellor", "Premier of the State Council": "Premier",
    "President of the Government": "Prime Minister", "Taoiseach": "Taoiseach",
    "King": "King",
}
FOREIGN_RE = re.compile(r"^(?:Federal )?(?:Minister (?:of|for) (?:Europe and |European and )?(?:Foreign|External|International) (?:Affairs|Relations)"
                        r"|Secretary of State for Foreign(?:,| and) Commonwealth(?: and Development)? Affairs"
                        r"|Foreign Minister|Minister of Foreign Affairs and \w.*|Minister for Foreign Affairs and \w.*)$")
DEFENCE_RE = re.compile(r"^(?:Federal )?(?:Minister (?:of|for) (?:National )?Defen[cs]e(?: and (?:Veterans|Armed Forces Logistics|Military Veterans))?"
                        r"|Minister of the Armed Forces|Secretary of State for Defence|Defence Minister|Minister of Defence and \w.*)$")


def cabinet_title(label, iso):
    if label in CABINET_HEADS:
        return CABINET_HEADS[label]
    if FOREIGN_RE.match(label) and "Trade" not in label:
        return "Foreign Secretary" if iso == "GB" else "Foreign Minister"
    if DEFENCE_RE.match(label):
        return "Defence Secretary" if iso == "GB" else "Defence Minister"
    return None


# Wikidata labels of countries that are not the names in countries.tsv
COUNTRY_ALIASES = {
    "People's Republic of China": "CN", "Kingdom of the Netherlands": "NL",
    "United States of America": "US", "Kingdom of Denmark": "DK",
    "State of Palestine": "PS", "Federated States of Micronesia": "FM",
    "The Gambia": "GM", "The Bahamas": "BS", "Ivory Coast": "CI",
    "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG",
    "Czech Republic": "CZ", "Czechia": "CZ", "Vatican City": "VA",
    "Sahrawi Arab Democratic Republic": "EH", "Taiwan": "TW",
    "East Timor": "TL", "Eswatini": "SZ", "North Macedonia": "MK",
    "Georgia": "GE", "Republic of Ireland": "IE", "Ireland": "IE",
}

# titles of heads of state and government kept, by the first words of the
# Wikidata position label
HEAD_TITLES = [
    ("Prime Minister", "Prime Minister"), ("Prime minister", "Prime Minister"),
    ("President", "President"), ("president", "President"),
    ("Federal Chancellor", "Chancellor"), ("Chancellor", "Chancellor"),
    ("Premier", "Premier"), ("King", "King"), ("Queen", "Queen"),
    ("Emir", "Emir"), ("emir", "Emir"), ("Sultan", "Sultan"),
    ("Supreme Leader", "Supreme Leader"), ("Taoiseach", "Taoiseach"),
    ("Emperor", "Emperor"),
]

# US offices kept from the cabinet list, with the title the project uses
US_TITLES = {
    "President": "President", "Vice President": "Vice President",
    "Secretary of State": "Secretary of State", "Secretary of the Treasury": "Secretary of the Treasury",
    "Secretary of Defence": "Secretary of Defense", "Secretary of Defense": "Secretary of Defense",
    "Attorney General": "Attorney General", "Secretary of the Interior": "Secretary of the Interior",
    "Secretary of Agriculture": "Secretary of Agriculture", "Secretary of Commerce": "Secretary of Commerce",
    "Secretary of Labor": "Secretary of Labor", "Secretary of Health and Human Services": "Secretary of Health and Human Services",
    "Secretary of Housing and Urban Development": "Secretary of Housing and Urban Development",
    "Secretary of Transportation": "Secretary of Transportation", "Secretary of Energy": "Secretary of Energy",
    "Secretary of Education": "Secretary of Education", "Secretary of Veterans Affairs": "Secretary of Veterans Affairs",
    "Secretary of Homeland Security": "Secretary of Homeland Security",
    "White House Chief of Staff": "Chief of Staff", "White House Press Secretary": "Press Secretary",
    "National Security Advisor": "National Security Advisor",
    "Ambassador to the United Nations": "Ambassador to the United Nations",
    "Director of National Intelligence": "Director of National Intelligence",
    "Director of the Central Intelligence Agency": "Director of the Central Intelligence Agency",
    "Director of the Office of Management and Budget": "Director of the Office of Management and Budget",
    "Administrator of the Environmental Protection Agency": "Administrator of the Environmental Protection Agency",
    "United States Trade Representative": "Trade Representative", "Trade Representative": "Trade Representative",
}

UN_TITLES = {
    "Secretary-General of the United Nations": "Secretary-General",
    "Deputy Secretary-General of the United Nations": "Deputy Secretary-General",
    "President of the United Nations General Assembly": "President of the General Assembly",
}

SUFFIXES = {"Jr.", "Jr", "Sr.", "II", "III", "IV"}


def show(mirror, src, commit=None):
    if src in CABINETS:
        repo, c, path = "every-politician-scrapers+" + src, CABINETS[src][1], "html/holders21.csv"
    else:
        repo, c, path = SOURCES[src]
    out = subprocess.run(["git", "--git-dir", os.path.join(mirror, repo, "repo"), "show", f"{commit or c}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def snapshot(mirror, src):
    """returns the day of the source's commit: what it says is known up to it"""
    if src in CABINETS:
        repo, c = "every-politician-scrapers+" + src, CABINETS[src][1]
    else:
        repo, c, _ = SOURCES[src]
    out = subprocess.run(["git", "--git-dir", os.path.join(mirror, repo, "repo"), "log", "-1", "--format=%cs", c],
                         check=True, capture_output=True)
    return out.stdout.decode().strip()


def commit_day(mirror, repo, commit):
    """returns the day of a commit of a mirrored repository"""
    out = subprocess.run(["git", "--git-dir", os.path.join(mirror, repo, "repo"), "log", "-1", "--format=%cs", commit],
                         check=True, capture_output=True)
    return out.stdout.decode().strip()


def history(mirror, src):
    repo, c, path = SOURCES[src]
    out = subprocess.run(["git", "--git-dir", os.path.join(mirror, repo, "repo"), "log", "--format=%H", c, "--", path],
                         check=True, capture_output=True)
    return out.stdout.decode().split()


def countries(here):
    m = dict(COUNTRY_ALIASES)
    with open(os.path.join(here, "..", "data", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            m.setdefault(c[2], c[0])
            for form in c[3].split(";") if len(c) > 3 else []:
                if form:
                    m.setdefault(form, c[0])
    return m


def clean_name(n):
    n = n.strip()
    if "," in n:  # "Mark Malloch Brown, Baron Malloch-Brown"
        n = n.split(",")[0].strip()
    return n


def surname(n):
    ws = n.split()
    while len(ws) > 2 and ws[-1] in SUFFIXES:
        ws = ws[:-1]
    if len(ws) < 2 or ws[-1].endswith("."):
        return ""
    return ws[-1]


def day(s):
    s = (s or "").strip()
    if s.startswith("+"):
        s = s[1:]
    return s[:10]


rows = []


def overlap(a, b):
    """reports whether two terms overlap, each pair of days compared at the
    precision both have ("2005" overlaps "2005-02-05"; "2005-02-25" ends
    before "2005-05-04")"""
    def le(x, y):
        n = min(len(x), len(y))
        return x[:n] <= y[:n]
    return le(a[4], b[5] or "9999") and le(b[4], a[5] or "9999")


def next_days(d, n):
    """returns the day n days after the YYYY-MM-DD day d"""
    import datetime
    return (datetime.date.fromisoformat(d) + datetime.timedelta(days=n)).isoformat()


def add(name, title, aff, start, end, src, snap, sur=None):
    name = clean_name(name)
    if not name or name.startswith("Q") and name[1:].isdigit() or not start:
        return
    start, end = day(start), day(end) or snap  # open: known up to the snapshot
    if end and end[:len(start)] < start[:len(end)]:
        return  # an end before the start: a slip in the source
    if start[:4] < "1900":
        return  # a term no page names; one open since then is a slip in the source
    if sur is None:
        sur = surname(name)
    m = re.match(r"^((?:[A-Z][\w-]*)(?: [IVX]+)?) of (?:the )?[A-Z][\w ]*$", name)
    if m:
        # a regnal name, "Abdullah II of Jordan": the text writes "King
        # Abdullah II" or "King Abdullah", never the territory as a surname
        name, sur = m.group(1), m.group(1).split()[0]
    rows.append((name, sur, title, aff, start, end, src))


# the Factbook's names of countries that countries.tsv writes otherwise
FACTBOOK_COUNTRIES = {
    "Bahamas, The": "BS", "Gambia, The": "GM", "Congo, Republic of the": "CG",
    "Congo, Democratic Republic of the": "CD", "Korea, North": "KP",
    "Korea, South": "KR", "Micronesia, Federated States of": "FM",
    "Turkey (Turkiye)": "TR", "Burma": "MM", "Holy See (Vatican City)": "VA",
    "Cote d'Ivoire": "CI", "Cabo Verde": "CV", "Timor-Leste": "TL",
}


def fold(s):
    """returns a name's words without accents, in lower case"""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.lower().replace("-", " ").split()


def factbook(mirror, iso, missing):
    """adds the heads of state and government of the Factbook's monthly
    snapshots; a person a Wikidata source already names in the country, all
    of whose words the Factbook's name has ("Cyril Ramaphosa" for "Matamela
    Cyril RAMAPHOSA"), keeps the Wikidata name"""
    import factbook as fb
    names = {}
    for r in rows:
        names.setdefault(r[3], set()).add(r[0])
    repo, head, _ = SOURCES["factbook"]
    terms = fb.terms(os.path.join(mirror, repo, "repo"), head)
    # a person listed as head of several countries (a monarch of several
    # realms) is left out: which country a page means is for its text to say
    realms = {}
    for country, _, name, _, _, _ in terms:
        realms.setdefault(name, set()).add(country)
    for country, title, name, called, start, end in terms:
        if len(realms[name]) > 1:
            continue
        c = FACTBOOK_COUNTRIES.get(country) or iso.get(country)
        if c is None:
            missing.add(country)
            continue
        if c == "US":
            continue  # congress-legislators gives the US presidents
        words = set(fold(name))
        known = [n for n in names.get(c, ()) if len(n.split()) >= 2 and set(fold(n)) <= words]
        if known:
            # the name the Factbook calls the person by is its form, when the
            # Wikidata name has it ("Li" of "Li Qiang", "Letsie" of "Letsie III")
            best = max(known, key=lambda n: (len(n.split()), n))
            form = called if called and set(fold(called)) <= set(fold(best)) else None
            add(best, title, c, start, end, "factbook", end, sur=form)
        else:
            add(name, title, c, start, end, "factbook", end, sur=called)


def main():
    mirror = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    iso = countries(here)
    missing = set()

    # heads of state and government: every run of the query, a term as the
    # latest run listing it gives it (open: up to that run's day)
    leaders = {}
    for commit in [SOURCES["leaders"][1]] + LEADERS_LATER:
        snap = commit_day(mirror, SOURCES["leaders"][0], commit)
        for r in csv.DictReader(io.StringIO(show(mirror, "leaders", commit))):
            key = (r["country"], r["positionLabel"], r["officeholderLabel"], r["start_year"])
            leaders[key] = (r["end_year"], snap)
    for (country, label, name, start), (end, snap) in sorted(leaders.items()):
        title = next((t for p, t in HEAD_TITLES if label.startswith(p + " ") or label == p), None)
        c = iso.get(country)
        if c is None:
            missing.add(country)
            continue
        if title:
            add(name, title, c, start, end, "leaders", snap)

    # foreign ministers: the union of every snapshot; a term ends where the
    # next holder's begins, or stays open when the last snapshot lists it
    terms = {}
    last = set()
    for i, commit in enumerate(history(mirror, "foreign")):
        for r in csv.DictReader(io.StringIO(show(mirror, "foreign", commit))):
            if not r.get("name") or not r.get("start"):
                continue
            key = (r["countryLabel"], r["name"], day(r["start"]))
            terms[key] = True
            if i == 0:
                last.add(key)
    byc = {}
    for (cl, n, s) in terms:
        byc.setdefault(cl, []).append((s, n))
    for cl, ts in byc.items():
        c = iso.get(cl)
        if c is None:
            missing.add(cl)
            continue
        ts.sort()
        for k, (s, n) in enumerate(ts):
            end = ""
            later = [t for t in ts[k + 1:] if t[1] != n and t[0] > s]
            if later:
                end = later[0][0]
            elif (cl, n, s) not in last:
                continue  # dropped from the list without a successor: unknown end
            add(n, {"GB": "Foreign Secretary", "US": "Secretary of State"}.get(c, "Foreign Minister"), c, s, end, "foreign", snapshot(mirror, "foreign"))

    for name, (c, _) in sorted(CABINETS.items()):
        for r in csv.DictReader(io.StringIO(show(mirror, name))):
            t = cabinet_title(r["position"], c)
            if t:
                add(r["person"], t, c, r["start"], r["end"], "cabinet", snapshot(mirror, name))

    for r in csv.DictReader(io.StringIO(show(mirror, "un"))):
        t = UN_TITLES.get(r["position"])
        if t:
            add(r["person"], t, "UN", r["start"], r["end"], "un", snapshot(mirror, "un"))

    for r in csv.DictReader(io.StringIO(show(mirror, "uscabinet"))):
        t = US_TITLES.get(r["position"])
        if t and t not in ("President", "Vice President"):
            add(r["person"], t, "US", r["start"], r["end"], "uscabinet", snapshot(mirror, "uscabinet"))

    for p in yaml.safe_load(show(mirror, "usexec")):
        nm = p["name"]
        full = nm.get("official_full") or " ".join(x for x in (nm.get("first"), nm.get("last"), nm.get("suffix")) if x)
        for t in p.get("terms", []):
            title = {"prez": "President", "viceprez": "Vice President"}[t["type"]]
            if t["end"] < "1945":
                continue
            add(full, title, "US", t["start"], t.get("end", ""), "usexec", snapshot(mirror, "usexec"))

    # Senators and Representatives since 1990, consecutive terms in one
    # chamber joined into one
    for src in ("uscongress",):
        for p in yaml.safe_load(show(mirror, src)):
            nm = p["name"]
            full = nm.get("official_full") or " ".join(x for x in (nm.get("first"), nm.get("last"), nm.get("suffix")) if x)
            spans = []
            for t in p.get("terms", []):
                title = {"sen": "Senator", "rep": "Representative"}.get(t["type"])
                if not title or t["end"] < "1990":
                    continue
                if spans and spans[-1][0] == title and t["start"] <= next_days(spans[-1][2], 7):
                    spans[-1][2] = t["end"]
                else:
                    spans.append([title, t["start"], t["end"]])
            snap = snapshot(mirror, src)
            for title, start, end in spans:
                add(full, title, "US", start, end if end < snap else "", src, snap)

    factbook(mirror, iso, missing)

    if missing:
        print("convert: countries not matched: " + "; ".join(sorted(missing)), file=sys.stderr)
    # one term seen by several sources: keep the most precise dates
    groups = {}
    for r in rows:
        groups.setdefault((r[0], r[2], r[3]), []).append(r)
    kept = []
    for g in groups.values():
        # the most precise first; of equally precise ones, the one known longest
        g.sort(key=lambda r: r[4])
        g.sort(key=lambda r: r[5] or "9999-99-99", reverse=True)
        g.sort(key=lambda r: -len(r[4]) - len(r[5] or "9999-99-99"))
        mine = []
        for r in g:
            if not any(overlap(r, k) for k in mine):
                mine.append(r)
        kept.extend(mine)
    rows[:] = kept
    seen = set()
    print("# Terms of office derived by genholders/convert.py from the sources that")
    print("# data/README.md lists; do not edit by hand (officeholders.tsv overrides).")
    print("#")
    print("# Columns (tab-separated):")
    print("#   name  other-forms (';'-separated)  title  affiliation  from  to  source")
    print("# from and to are YYYY, YYYY-MM or YYYY-MM-DD; a term in office at the")
    print("# source's snapshot ends on the snapshot's day: nothing later is known.")
    for r in sorted(rows, key=lambda r: (r[3], r[2], r[4], r[0])):
        k = (r[0], r[2], r[3], r[4])
        if k in seen:
            continue
        seen.add(k)
        print("\t".join(r))


if __name__ == "__main__":
    main()
