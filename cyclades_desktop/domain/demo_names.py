"""Reference data for the demo generator (domain/demo.py): names, places, academies, lycées.

Plain data, no logic beyond parsing the compact tables below. Weights are relative
frequencies (French surnames: thousands of bearers born in France, rounded; first names:
relative popularity within a cohort). Codes are INSEE (communes, countries of birth) and
postal codes as used in addresses. Every name here passes `validation.name` and is drawn by
the documents' embedded font; tests/domain/test_demo.py checks both.
"""

from __future__ import annotations


def _weighted(spec: str, default: float = 1.0) -> tuple[tuple[str, float], ...]:
    """ "Martin:235; Le Goff:20; Kowalski|Kowalska:3" -> ((name, weight), …)."""
    out = []
    for item in spec.replace("\n", " ").split(";"):
        item = item.strip()
        if not item:
            continue
        if ":" in item:
            name, weight = item.rsplit(":", 1)
            out.append((name.strip(), float(weight)))
        else:
            out.append((item, default))
    return tuple(out)


# --------------------------------------------------------------------------- surnames
# The most frequent surnames of France, with their weight, then a long tail.
SURNAMES_FR = _weighted("""
Martin:235; Bernard:105; Thomas:96; Petit:91; Robert:90; Richard:87; Durand:85; Dubois:84; Moreau:83;
Laurent:80; Simon:79; Michel:78; Lefebvre:76; Leroy:74; Roux:67; David:66; Bertrand:65; Morel:64;
Fournier:63; Girard:62; Bonnet:60; Dupont:60; Lambert:59; Fontaine:58; Rousseau:57; Vincent:56;
Muller:55; Lefèvre:54; Faure:53; André:52; Mercier:51; Blanc:50; Guérin:50; Boyer:49; Garnier:48;
Chevalier:48; François:47; Legrand:47; Gauthier:46; Garcia:46; Perrin:45; Robin:45; Clément:44;
Morin:44; Nicolas:43; Henry:43; Roussel:42; Mathieu:42; Gautier:41; Masson:41; Marchand:40;
Duval:40; Denis:40; Dumont:39; Marie:39; Lemaire:38; Noël:38; Meyer:38; Dufour:37; Meunier:37;
Brun:37; Blanchard:36; Giraud:36; Joly:36; Rivière:35; Lucas:35; Brunet:35; Gaillard:34; Barbier:34;
Arnaud:34; Martinez:34; Gérard:33; Roche:33; Renard:33; Schmitt:33; Roy:32; Leroux:32; Colin:32;
Vidal:32; Caron:31; Picard:31; Roger:31; Fabre:31; Aubert:30; Lemoine:30; Renaud:30; Dumas:30;
Lacroix:30; Olivier:29; Philippe:29; Bourgeois:29; Pierre:29; Benoît:28; Rey:28; Leclerc:28;
Payet:28; Rolland:28; Leclercq:27; Guillaume:27; Lecomte:27; Lopez:27; Jean:27; Dupuy:27; Guillot:26;
Hubert:26; Berger:26; Carpentier:26; Sanchez:26; Dupuis:26; Moulin:25; Louis:25; Deschamps:25;
Huet:25; Vasseur:25; Perez:25; Boucher:25; Fleury:24; Royer:24; Klein:24; Jacquet:24; Adam:24;
Paris:24; Poirier:24; Marty:24; Aubry:23; Guyot:23; Carré:23; Charles:23; Renault:23; Charpentier:23;
Ménard:23; Maillard:23; Baron:23; Bertin:23; Bailly:22; Hervé:22; Schneider:22; Fernandez:22;
Le Gall:22; Collet:22; Léger:22; Bouvier:22; Julien:22; Prévost:22; Millet:21; Perrot:21; Daniel:21;
Le Roux:21; Cousin:21; Germain:21; Breton:21; Besson:21; Langlois:21; Rémy:20; Le Goff:20;
Pelletier:20; Lévêque:20; Perrier:20; Leblanc:20; Barré:20; Lebrun:20; Marchal:20; Weber:20;
Mallet:20; Hamon:20; Boulanger:20; Jacob:19; Monnier:19; Michaud:19; Rodriguez:19; Guichard:19;
Gillet:19; Étienne:19; Grondin:19; Poulain:19; Tessier:19; Chevallier:19; Collin:18; Chauvin:18;
Da Silva:18; Bouchet:18; Gay:18; Lemaître:18; Bénard:18; Maréchal:18; Humbert:18; Reynaud:18;
Antoine:18; Hoarau:18; Perret:18; Barthélemy:18; Cordier:17; Pichon:17; Lejeune:17; Gilbert:17;
Lamy:17; Delaunay:17; Pasquier:17; Carlier:17; Laporte:17
""")

SURNAMES_FR_TAIL = _weighted(
    """
Barbe; Bazin; Beaumont; Bellamy; Berthelot; Besnard; Billard; Bigot; Blondel; Boissier; Bonnin;
Bordes; Bouchard; Boudet; Bouquet; Bourdon; Bousquet; Boutin; Brault; Briand; Brochard; Bruneau;
Buisson; Camus; Cartier; Chabert; Chapuis; Charrier; Chauveau; Chevreau; Clerc; Cochet; Colas;
Collard; Combes; Coste; Coulon; Courtois; Cuvelier; Delattre; Delmas; Devaux; Didier; Dubreuil;
Dumoulin; Duret; Ferrand; Ferré; Forestier; Foucher; Fouquet; Gallet; Gaudin; Georges; Gervais;
Gilles; Godard; Grenier; Grosjean; Guillon; Guillou; Hamel; Hébert; Jacques; Jourdan; Labbé;
Lacombe; Lagarde; Lalande; Langlais; Laroche; Launay; Lebon; Lebreton; Lecoq; Ledoux; Lefort;
Legros; Lelièvre; Lemarchand; Lemonnier; Lenoir; Lombard; Loiseau; Maillet; Marion; Martel;
Martineau; Masse; Maury; Merle; Pagès; Parent; Pascal; Pons; Prévot; Raynaud; Riou; Rocher;
Rouxel; Sabatier; Salmon; Samson; Sauvage; Simonet; Teyssier; Thibault; Thierry; Tournier;
Vallée; Verdier; Vial; Vigneron; Texier; Chrétien; Géraud; Bérard; Théron; Mézière; Fèvre;
Lévy; Cohen; Benoist; Aubin; Bourdin; Boulay; Carrière; Chauvet; Dufresne; Favre; Février;
Gonthier; Hardy; Imbert; Jacquot; Jouan; Lacoste; Lafon; Legendre; Lemercier; Letellier;
Levasseur; Marchais; Marquet; Mathis; Mouton; Naudin; Ollivier; Pineau; Poirot; Pottier;
Quentin; Ragot; Rigaud; Rossignol; Roussey; Séguin; Tanguy; Thébault; Tissot; Toussaint;
Valentin; Vaillant; Védrine; Voisin; Wagner; Fischer; Hoffmann; Zimmermann; Becker; Roth;
Aubertin; Barreau; Baudry; Bellanger; Bessière; Blanchet; Bouvet; Brossard; Brunel; Cadiou;
Carton; Castel; Caillaud; Chambon; Charbonnier; Chartier; Clavel; Cornu; Couturier; Delorme;
Deshayes; Desmarais; Drouet; Dubourg; Ducrocq; Duhamel; Dupré; Esnault; Fauvel; Frémont;
Gallois; Garnaud; Gasnier; Giraudeau; Godin; Goujon; Gros; Guéry; Guilbert; Hennequin; Hérault;
Jamet; Josse; Lahaye; Lamotte; Lanoë; Lavergne; Leconte; Lefranc; Leguay; Lelong; Lemée;
Lepage; Lesage; Lhomme; Maillot; Manceau; Marais; Mauger; Ménager; Millot; Moisan; Morand;
Nédélec; Pajot; Papin; Paquet; Pellerin; Pénin; Perrault; Petitjean; Picot; Pinel; Poupard;
Quémener; Regnier; Renou; Richer; Rivet; Rondeau; Rouault; Saulnier; Sorin; Thiery; Tréhin;
Trouvé; Vannier; Verger; Viard; Vivier; Ybert
""",
    default=3.0,
)

# Names with particles, and compounds; rare but they must print and sort right.
SURNAMES_PARTICLE = _weighted("""
de La Fontaine:2; du Plessis:2; de Villiers:2; d'Arcy:1; de Saint-Just:1; de Lattre:1;
de Montalembert:1; d'Aubigné:1; du Bellay:1; de Kerguelen:1; de Sainte-Marie:1; de Lestrange:1;
de La Tour d'Auvergne:0.5; Le Bihan-Kerhervé:0.5; Saint-Martin:2; Dubois-Lefèvre:1
""")

# Regional pools: drawn more often by candidates living there.
SURNAMES_BRETON = _weighted("""
Le Goff:8; Le Gall:8; Le Roux:6; Le Bihan:5; Le Floc'h:4; Le Guen:5; Le Corre:4; Le Meur:4;
Le Bris:3; Le Berre:3; Le Moal:3; Guivarc'h:2; Kerhervé:2; Quéré:3; Tanguy:4; Jégou:3; Le Gac:2;
Le Hir:2; Le Borgne:2; Le Dantec:2; Morvan:4; Cadiou:2; Le Bras:3; Le Page:2; Riou:2; Pennec:2
""")
SURNAMES_ALSACE = _weighted("""
Schmitt:8; Muller:8; Meyer:7; Klein:5; Weber:5; Schneider:5; Fischer:4; Wagner:4; Koenig:3;
Hoffmann:4; Zimmermann:3; Kieffer:3; Braun:3; Walter:3; Heitz:2; Bauer:3; Jung:3; Roth:3; Kuntz:2;
Schaeffer:3; Wolff:3; Keller:3; Haller:2; Sturm:2
""")
SURNAMES_CORSE = _weighted("""
Santoni:4; Leca:3; Casanova:4; Luciani:4; Albertini:3; Colonna:3; Giacomoni:2; Filippi:3;
Mattei:3; Paoli:3; Orsini:3; Pietri:3; Santini:3; Cesari:2; Antonetti:2; Rocca:2
""")
SURNAMES_BASQUE = _weighted("""
Etcheverry:4; Etxeberria:2; Irigoyen:3; Harispe:2; Duhalde:2; Laborde:4; Larrieu:3; Ospital:2;
Elissalde:2; Iribarne:2; Bidegain:2; Hiriart:2; Arrieta:1; Urrutia:1
""")
SURNAMES_NORD = _weighted("""
Leclercq:6; Lefebvre:6; Delattre:4; Deldicque:2; Vandenbussche:2; Vanhove:2; Dhondt:2; Deprez:3;
Delannoy:3; Delporte:3; Descamps:4; Wattel:2; Vasseur:4; Caron:4; Flament:3; Dubrulle:2;
Verhaeghe:2; Devos:3; Lemaire:4; Duquesne:2
""")
SURNAMES_REUNION = _weighted("""
Payet:12; Hoarau:8; Grondin:7; Fontaine:5; Técher:5; Rivière:5; Boyer:5; Robert:4; Lebon:4;
Nativel:3; Maillot:3; Turpin:3; Dijoux:3; Ethève:2; Lauret:3; Hoareau:3; Clain:2; Sautron:2;
Baret:2; Mussard:2; Morel:3; Gonthier:2
""")
SURNAMES_ANTILLES = _weighted("""
Marie-Sainte:3; Saint-Louis:3; Jean-Louis:3; Zébina:2; Lubin:3; Romain:3; Bellance:2; Joseph:4;
Pierre-Louis:2; Lafleur:2; Alexis:3; Édouard:3; Célestin:2; Bellemare:2; Théodose:2; Nicolas:3;
Jean-Baptiste:3; Eugène:2; Bardury:1; Larcher:2; Valentin:2; Dorville:2; Laguerre:2
""")
SURNAMES_MAYOTTE = _weighted("""
Ahamada:6; Madi:6; Ali:6; Soilihi:5; Abdallah:6; Said:6; Attoumani:5; Houmadi:4; Ousseni:4;
Combo:3; Mohamed:5; Ahmed:4; Bacar:4; Boina:3; Anli:3; Youssouf:4; Hamada:3
""")

# Families of other origins, common in France (second generation or born abroad).
SURNAMES_MAGHREB = _weighted(
    """
Benali:4; Haddad:4; Mansouri:3; Belkacem:3; Boukhari:2; Cherif:3; Ziani:2; Amrani:3; El Amrani:2;
Ben Ahmed:2; Aït Ali:2; Bouaziz:3; Hamidi:3; Saidi:3; Brahimi:3; Meziane:3; Belaïd:2; Zerrouki:2;
Khelifi:2; Benaïssa:2; Aït Ouali:1; Lahlou:2; Bennani:2; El Idrissi:2; Ouali:2; Chaoui:2; Taleb:2;
Boudjema:2; Hadj-Ali:1; Kaddour:2; Rahmani:3; Djebbar:1; Abdelli; Achour; Aissaoui; Amara; Amari;
Amrouche; Azzouz; Bachir; Bakhti; Belhadj; Belkadi; Belkheir; Bellil; Benabdallah; Benamar;
Benchikh; Bendjelloul; Benhamou; Benkhelifa; Benmansour; Bensalem; Bensaid; Bouabdallah; Boudiaf;
Bouhadjar; Boukhalfa; Boumediene; Bourouis; Chaouch; Cherifi; Dahmani; Derradji; Djellal; El Fassi;
El Khattabi; Fellah; Ferhat; Ghezali; Guendouz; Hadjadj; Hamdi; Hamza; Hassani; Idir; Kaci;
Kebaili; Khaldi; Laribi; Lounis; Madani; Mahdi; Mahmoudi; Mebarki; Mekki; Merabet; Messaoudi;
Mokrani; Nacer; Ouali; Rachedi; Saadi; Sahraoui; Sebbah; Slimani; Tahri; Touati; Yahiaoui; Zaidi;
Zitouni; Bennour; Chabane; Kherbouche; Ait Said
""",
    default=1.0,
)
SURNAMES_AFRICA = _weighted(
    """
N'Diaye:4; Diallo:5; Traoré:5; Koné:4; Camara:4; Diop:4; Sow:3; Ba:3; Cissé:3; Coulibaly:4;
Keïta:3; Touré:3; Sylla:3; Konaté:3; N'Guessan:2; Kouassi:2; Diarra:3; Sangaré:2; Fofana:3;
Doumbia:2; Bamba:2; Mbaye:2; Faye:2; Gueye:2; Kanté:2; Sissoko:2; Dembélé:2; Yao:2; Mendy:2;
Ouédraogo:2; Sawadogo:1; Kaboré:1; Tshibangu:1; Mukendi:1; Nkounkou:1; Mbemba:1; Ngoma:1; Adjovi;
Agbodjan; Akakpo; Ahouansou; Assogba; Bakayoko; Bangoura; Barry; Bathily; Dabo; Dansoko; Diabaté;
Diakité; Diaw; Diédhiou; Dieng; Diouf; Doucouré; Drame; Fall; Gassama; Goudiaby; Kamara; Kébé;
Konté; Kourouma; Koulibaly; Ly; Magassa; Mané; Niang; Niakaté; Sacko; Sall; Samaké; Sané; Sarr;
Seck; Sidibé; Soumaré; Sy; Tall; Thiam; Timbo; Tounkara; Wade; Yattara; Zongo; Mabiala; Makosso;
Malonga; Matondo; Mbala; Nsimba; Nzeza; Kabongo; Ilunga; Kalonji; Essomba; Ngono; Mballa; Atangana
""",
    default=1.0,
)
SURNAMES_PORTUGAL = _weighted(
    """
Da Silva:5; Dos Santos:5; Pereira:4; Ferreira:4; Rodrigues:4; Fernandes:4; Gonçalves:4; Lopes:3;
Martins:3; Oliveira:3; Sousa:3; Teixeira:3; Carvalho:3; Ribeiro:3; Almeida:2; Conceição:1; Gomes:3;
Moreira:2; Mendes:2; Pinto:2; Antunes; Azevedo; Barbosa; Batista; Borges; Branco; Cardoso; Correia;
Cunha; Faria; Fonseca; Freitas; Gaspar; Leite; Lima; Lourenço; Machado; Magalhães; Marques; Matos;
Monteiro; Morais; Neves; Nogueira; Nunes; Paiva; Pires; Quintas; Rocha; Sá; Salgado; Simões; Soares;
Tavares; Vaz; Vieira
""",
    default=1.0,
)
SURNAMES_SPAIN = _weighted("""
Garcia:4; Martinez:3; Lopez:3; Sanchez:3; Fernandez:3; Gonzalez:3; Rodriguez:3; Perez:3; Jiménez:2;
Muñoz:2; Ruiz:2; Hernández:2; Álvarez:2; Navarro:2; Romero:2; Ibáñez:1; Núñez:1
""")
SURNAMES_ITALY = _weighted("""
Rossi:3; Russo:2; Esposito:2; Bianchi:2; Romano:2; Colombo:2; Ricci:2; Marino:2; Greco:2; Bruno:2;
Gallo:1; Conti:2; De Luca:2; Costa:2; Giordano:2; Mancini:1; Lombardi:1; Moretti:1; Barbieri:1;
Fontana:1; Santoro:1
""")
SURNAMES_ASIA = _weighted("""
Nguyễn:8; Trần:5; Lê:5; Phạm:4; Hoàng:3; Huỳnh:2; Phan:2; Vũ:2; Võ:2; Đặng:2; Bùi:1; Đỗ:1; Hồ:1;
Ngô:1; Dương:1; Lý:1; Wang:3; Li:3; Zhang:3; Liu:2; Chen:3; Yang:2; Huang:2; Zhao:1; Wu:2; Zhou:1;
Lin:2; Xu:1; Sok:1; Chea:1; Keo:1
""")
# "masculine|feminine" where the language inflects the name.
SURNAMES_EAST = _weighted("""
Kowalski|Kowalska:4; Nowak:4; Wiśniewski|Wiśniewska:3; Wójcik:3; Kamiński|Kamińska:3;
Lewandowski|Lewandowska:3; Zieliński|Zielińska:2; Szymański|Szymańska:2; Żółć:1;
Dąbrowski|Dąbrowska:2; Kaczmarek:2; Grabowski|Grabowska:1; Dvořák|Dvořáková:2;
Novák|Nováková:2; Svoboda|Svobodová:1; Černý|Černá:1; Procházka|Procházková:1; Popescu:3;
Ionescu:2; Popa:2; Constantinescu:1; Stoica:1; Rădulescu:1; Dumitrescu:1; Ștefănescu:1;
Kovalenko:2; Shevchenko:2; Bondarenko:1; Ivanov|Ivanova:2; Petrov|Petrova:1; Horváth:1; Szőke:1;
Nagy:1; Kovács:1; Tóth:1
""")
SURNAMES_TURKEY = _weighted("""
Yılmaz:5; Kaya:4; Demir:4; Şahin:3; Çelik:3; Yıldız:3; Yıldırım:2; Öztürk:3; Aydın:2; Özdemir:2;
Arslan:2; Doğan:2; Kılıç:2; Aslan:1; Çetin:1
""")
SURNAMES_NORTH = _weighted("""
Müller:4; Schäfer:2; Groß:1; Schröder:2; Köhler:1; Fuchs:1; Krüger:1; Jäger:1; Weiß:1; O'Neil:2;
O'Brien:2; McCarthy:1; Smith:3; Jones:2; Williams:2; Taylor:2; Murphy:2; O'Connor:1; Walsh:1;
MacDonald:1; Sørensen:1; Østergaard:1; Halvorsen:1; Johansson:1; Lindqvist:1; Åberg:1;
Nyström:1; Mäkinen:1; Virtanen:1; Kristiansen:1
""")

# --------------------------------------------------------------------------- first names
FIRST_F_YOUNG = _weighted("""
Emma:30; Léa:30; Chloé:25; Manon:25; Inès:22; Camille:22; Sarah:20; Jade:20; Lola:18; Louise:18;
Zoé:16; Clara:16; Lina:15; Léna:15; Juliette:14; Anaïs:14; Maëlys:13; Lucie:13; Ambre:12; Éva:12;
Romane:12; Mathilde:12; Louna:11; Alice:11; Margaux:11; Noémie:10; Charlotte:10; Océane:10;
Marie:10; Lilou:9; Maëlle:9; Elsa:9; Laura:9; Julie:9; Pauline:8; Agathe:8; Justine:8; Salomé:8;
Nina:8; Léonie:8; Émilie:7; Axelle:7; Jeanne:7; Anna:7; Louane:7; Coline:6; Mia:6; Rose:6;
Capucine:5; Maëva:5; Élise:5; Apolline:5; Héloïse:5; Maïwenn:5; Clémence:6; Marine:6; Lisa:6;
Alicia:5; Mélina:4; Éloïse:4; Lou:5; Anaëlle:3; Gwenaëlle:2; Solène:4; Ophélie:3; Flavie:2;
Bérénice:2; Cléa:3; Thaïs:2; Noëlie:1; Aurore:2; Marie-Lou:3; Anne-Sophie:2; Lou-Anne:2;
Marie-Claire:1; Anne-Laure:1
""")
FIRST_M_YOUNG = _weighted("""
Lucas:30; Enzo:25; Nathan:28; Mathis:22; Louis:22; Hugo:22; Thomas:20; Théo:22; Tom:18; Clément:16;
Maxime:16; Noah:15; Léo:16; Gabriel:15; Raphaël:14; Arthur:14; Jules:14; Adam:13; Ethan:12; Paul:12;
Baptiste:11; Alexandre:11; Antoine:11; Quentin:10; Valentin:10; Axel:10; Romain:9; Yanis:9;
Rayan:8; Timéo:8; Évan:7; Mattéo:8; Noé:7; Sacha:7; Nolan:7; Kylian:6; Liam:6; Samuel:6; Victor:6;
Martin:5; Maël:6; Gabin:5; Benjamin:6; Dylan:5; Corentin:5; Florian:4; Julien:4; Alexis:6;
Pierre:5; Aymeric:2; Loïc:3; Erwan:3; Gaël:2; Mathéo:4; Titouan:3; Malo:3; Bastien:3; Adrien:4;
Damien:2; Jérémy:3; Kévin:3; Loris:3; Esteban:3; Gaëtan:2; Anthony:3; Mathias:3; Robin:3; Simon:3;
Aurélien:2; Côme:1; Élie:2; Noam:3; Ewen:2; Tristan:2; Killian:3; Jean-Baptiste:4;
Pierre-Louis:2; Jean-Édouard:1; Louis-Marie:1; Paul-Henri:1; Pierre-Antoine:2; Marc-Antoine:2;
Charles-Henri:1
""")
FIRST_F_ADULT = _weighted("""
Aurélie:10; Émilie:10; Céline:9; Julie:10; Stéphanie:8; Sandrine:7; Nathalie:7; Élodie:9;
Mélanie:8; Audrey:8; Virginie:7; Laëtitia:6; Caroline:7; Sophie:8; Marion:7; Camille:6; Pauline:6;
Élise:4; Anne:4; Karine:5; Isabelle:5; Valérie:5; Christelle:4; Delphine:5; Sabrina:4; Vanessa:4;
Jessica:4; Amandine:6; Claire:5; Charlotte:5; Hélène:4; Cécile:4; Gaëlle:3; Séverine:4; Magali:3;
Laure:3; Mathilde:4; Anne-Sophie:3; Marie-Claire:2; Anne-Laure:2; Marie-Hélène:1; Marie-Noëlle:1;
Anne-Charlotte:1; Marie-Ange:1
""")
FIRST_M_ADULT = _weighted("""
Julien:10; Nicolas:10; Sébastien:9; Stéphane:7; Christophe:7; Frédéric:6; Guillaume:8; Jérôme:6;
David:7; Olivier:6; Mickaël:5; Cédric:6; Romain:7; Anthony:5; Jérémy:5; Kévin:5; Maxime:5;
Thomas:7; Alexandre:6; Vincent:6; Fabien:5; Damien:5; Arnaud:5; Yann:4; Ludovic:4; Grégory:4;
Sylvain:4; Benoît:4; François:4; Laurent:4; Thierry:3; Pascal:3; Éric:3; Hervé:2; Loïc:3; Gaël:2;
Jean-Baptiste:3; Jean-Philippe:2; Jean-Marc:2; Jean-Christophe:1; Jean-Luc:1; Jean-Charles:1;
Jean-François:1; Pierre-Yves:1
""")
# Second and third prénoms of the état civil: classics, whatever the cohort.
MIDDLE_F = _weighted("""
Marie:20; Anne:10; Louise:8; Jeanne:6; Catherine:3; Élisabeth:3; Françoise:2; Claire:4; Hélène:3;
Thérèse:2; Rose:4; Alice:3; Victoire:2; Joséphine:2; Margaux:2; Camille:3; Éléonore:2; Agnès:2
""")
MIDDLE_M = _weighted("""
Pierre:12; Jean:12; Louis:10; Paul:8; Jacques:5; Henri:5; Joseph:5; Michel:5; André:5; François:5;
Philippe:4; Marie:3; Antoine:4; Charles:4; Alexandre:3; Gabriel:3; Étienne:2; Rémi:2; Noël:1
""")

# Given names by origin: (feminine, masculine).
FIRST_MAGHREB = (
    _weighted("""
Yasmine:5; Inès:5; Sarah:5; Nour:3; Kenza:3; Myriam:3; Lina:4; Aya:3; Samia:2; Nadia:2; Meriem:3;
Sabrina:2; Imane:3; Amel:2; Leïla:3; Salma:3; Hiba:2; Rania:2; Naïma:1; Assia:2
"""),
    _weighted("""
Mohamed:6; Karim:3; Yacine:4; Rayane:4; Ilyès:3; Sofiane:3; Nassim:3; Mehdi:4; Amine:4; Bilal:3;
Anis:3; Walid:2; Hamza:3; Yanis:4; Adel:2; Samir:2; Rachid:2; Youssef:3; Ayoub:3; Zakaria:2
"""),
)
FIRST_AFRICA = (
    _weighted("""
Aminata:4; Fatoumata:4; Awa:3; Mariam:3; Aïssatou:3; Kadiatou:2; Fanta:2; Coumba:2; Binta:2;
Ramatoulaye:1; Mariama:2; Oumou:2; Grâce:2; Merveille:2; Divine:1; Ornella:2; Christelle:2
"""),
    _weighted("""
Mamadou:4; Moussa:4; Ibrahima:3; Ousmane:3; Seydou:2; Adama:3; Cheikh:2; Abdoulaye:3; Boubacar:2;
Souleymane:2; Amadou:3; Lamine:2; Serge:1; Christ:1; Jordan:2; Jérémie:2; Exaucé:1
"""),
)
FIRST_PORTUGAL = (
    _weighted("Inês:3; Beatriz:2; Mariana:2; Leonor:1; Joana:2; Ana Rita:1; Sofia:2; Margarida:1"),
    _weighted("João:3; José:2; Rui:2; Tiago:2; Diogo:2; Gonçalo:1; Luís:2; António:1; Pedro:2; Rafael:2"),
)
FIRST_SPAIN = (
    _weighted("Lucía:2; Paula:2; Nuria:1; Begoña:1; María José:1; Carmen:2; Pilar:1; Alba:2"),
    _weighted("Alejandro:2; Javier:1; Sergio:1; Pablo:2; Álvaro:1; Iñaki:1; José Luis:1; Jordi:1"),
)
FIRST_ITALY = (
    _weighted("Giulia:2; Chiara:2; Francesca:1; Alessia:1; Sofia:2; Martina:2; Federica:1"),
    _weighted("Giuseppe:1; Lorenzo:2; Matteo:2; Francesco:1; Alessandro:1; Giovanni:1; Andrea:1"),
)
FIRST_VIETNAM = (
    _weighted("""
Thị Ánh:3; Thu Hằng:2; Ngọc Lan:2; Thị Mai:2; Phương Linh:2; Thùy Dung:1; Bảo Ngọc:1; Thanh Hương:1
"""),
    _weighted("""
Văn Minh:3; Quốc Bảo:2; Đức Anh:2; Minh Tuấn:2; Hoàng Nam:1; Thanh Tùng:1; Văn Hùng:1; Gia Huy:1
"""),
)
FIRST_CHINA = (
    _weighted("Jing:2; Mei:2; Xiaoling:1; Yan:2; Lina:1; Hui:1; Ying:1"),
    _weighted("Wei:2; Hao:2; Jun:2; Yi:1; Zhiwei:1; Kevin:1; Long:1"),
)
FIRST_EAST = (
    _weighted("""
Małgorzata:2; Agnieszka:2; Katarzyna:2; Zofia:2; Kateřina:1; Tereza:1; Alžběta:1; Ioana:2;
Andreea:2; Mihaela:1; Oksana:1; Olena:1; Anastasia:2; Réka:1; Zsófia:1
"""),
    _weighted("""
Łukasz:2; Wojciech:2; Krzysztof:2; Michał:2; Paweł:2; Jiří:1; Tomáš:1; Zdeněk:1; Ștefan:1;
Andrei:2; Mihai:2; Bogdan:1; Oleksandr:1; Dmytro:1; Ivan:1; Gergő:1; Bálint:1
"""),
)
FIRST_TURKEY = (
    _weighted(
        "Ayşe:2; Fatma:1; Elif:3; Zeynep:3; Merve:2; Büşra:1; Özge:1; Gülşen:1; Esra:2; Şeyma:1; İrem:1"
    ),
    _weighted(
        "Mehmet:2; Mustafa:2; Ahmet:2; Emre:2; Burak:2; Gökhan:1; Oğuz:1; Yusuf:2; Enes:2; Kerem:1; Çağlar:1"
    ),
)
FIRST_NORTH = (
    _weighted(
        "Åse:1; Ingrid:2; Sigrid:1; Astrid:2; Siobhán:1; Aoife:1; Niamh:1; Saoirse:1; Greta:1; Emily:2; Hannah:2"
    ),
    _weighted(
        "Øyvind:1; Bjørn:1; Søren:1; Lars:1; Jürgen:1; Lukas:2; Jonas:2; Seán:1; Liam:1; Oliver:2; Owen:1"
    ),
)
FIRST_MAYOTTE = (
    _weighted("Anziza:2; Faïza:2; Zaïnaba:2; Anrifa:1; Ansfati:1; Nasma:1; Roukia:2; Echati:1; Mariama:2"),
    _weighted("Nassim:2; Ibrahim:2; Ousseni:2; Soulaïmana:1; Daoud:1; Anli:1; Fahad:1; Nourdine:2; Abdou:2"),
)

# origin -> (surnames, (first_f, first_m), countries of birth abroad, share born abroad)
ORIGINS = {
    "maghreb": (SURNAMES_MAGHREB, FIRST_MAGHREB, ("99352", "99350", "99351"), 0.25),
    "africa": (SURNAMES_AFRICA, FIRST_AFRICA, ("99341", "99335", "99326", "99322", "99312", "99330"), 0.35),
    "portugal": (SURNAMES_PORTUGAL, FIRST_PORTUGAL, ("99139",), 0.25),
    "spain": (SURNAMES_SPAIN, FIRST_SPAIN, ("99134",), 0.2),
    "italy": (SURNAMES_ITALY, FIRST_ITALY, ("99127",), 0.2),
    "vietnam": (SURNAMES_ASIA[:16], FIRST_VIETNAM, ("99243",), 0.35),
    "china": (SURNAMES_ASIA[16:28], FIRST_CHINA, ("99216",), 0.35),
    "east": (SURNAMES_EAST, FIRST_EAST, ("99122", "99116", "99114", "99155", "99112"), 0.5),
    "turkey": (SURNAMES_TURKEY, FIRST_TURKEY, ("99208",), 0.3),
    "north": (
        SURNAMES_NORTH,
        FIRST_NORTH,
        ("99109", "99132", "99136", "99103", "99101", "99104", "99105"),
        0.5,
    ),
}
ORIGIN_WEIGHTS = (
    ("france", 85.0),
    ("maghreb", 5.5),
    ("africa", 3.0),
    ("portugal", 1.8),
    ("spain", 1.0),
    ("italy", 0.7),
    ("vietnam", 0.5),
    ("china", 0.4),
    ("east", 1.0),
    ("turkey", 0.6),
    ("north", 0.5),
)

# Countries of birth abroad: INSEE code -> (country, nationality, cities)
COUNTRIES = {
    "99352": ("Algérie", "algérienne", ("Alger", "Oran", "Constantine", "Tizi Ouzou", "Béjaïa")),
    "99350": ("Maroc", "marocaine", ("Casablanca", "Rabat", "Fès", "Marrakech", "Oujda")),
    "99351": ("Tunisie", "tunisienne", ("Tunis", "Sfax", "Sousse")),
    "99341": ("Sénégal", "sénégalaise", ("Dakar", "Thiès", "Saint-Louis", "Ziguinchor")),
    "99335": ("Mali", "malienne", ("Bamako", "Kayes", "Ségou")),
    "99326": ("Côte d'Ivoire", "ivoirienne", ("Abidjan", "Bouaké", "Yamoussoukro")),
    "99322": ("Cameroun", "camerounaise", ("Douala", "Yaoundé")),
    "99312": ("République démocratique du Congo", "congolaise", ("Kinshasa", "Lubumbashi")),
    "99330": ("Guinée", "guinéenne", ("Conakry", "Kankan")),
    "99139": ("Portugal", "portugaise", ("Lisbonne", "Porto", "Braga", "Coimbra")),
    "99134": ("Espagne", "espagnole", ("Madrid", "Barcelone", "Séville", "Valence", "Bilbao")),
    "99127": ("Italie", "italienne", ("Rome", "Milan", "Naples", "Turin", "Palerme")),
    "99243": ("Viêt Nam", "vietnamienne", ("Hô Chi Minh-Ville", "Hanoï", "Huế", "Đà Nẵng")),
    "99216": ("Chine", "chinoise", ("Pékin", "Shanghai", "Wenzhou", "Canton")),
    "99122": ("Pologne", "polonaise", ("Varsovie", "Cracovie", "Łódź", "Wrocław", "Gdańsk")),
    "99116": ("Tchéquie", "tchèque", ("Prague", "Brno", "Ostrava")),
    "99114": ("Roumanie", "roumaine", ("Bucarest", "Cluj-Napoca", "Iași", "Timișoara")),
    "99155": ("Ukraine", "ukrainienne", ("Kyiv", "Lviv", "Kharkiv", "Odessa")),
    "99112": ("Hongrie", "hongroise", ("Budapest", "Debrecen", "Szeged")),
    "99208": ("Turquie", "turque", ("Istanbul", "Ankara", "İzmir", "Kayseri")),
    "99109": ("Allemagne", "allemande", ("Berlin", "Munich", "Hambourg", "Cologne", "Sarrebruck")),
    "99132": ("Royaume-Uni", "britannique", ("Londres", "Manchester", "Édimbourg", "Cardiff")),
    "99136": ("Irlande", "irlandaise", ("Dublin", "Cork", "Galway")),
    "99103": ("Norvège", "norvégienne", ("Oslo", "Bergen", "Trondheim")),
    "99101": ("Danemark", "danoise", ("Copenhague", "Aarhus", "Odense")),
    "99104": ("Suède", "suédoise", ("Stockholm", "Göteborg", "Malmö")),
    "99105": ("Finlande", "finlandaise", ("Helsinki", "Tampere", "Turku")),
    "99131": ("Belgique", "belge", ("Bruxelles", "Liège", "Charleroi", "Namur")),
    "99140": ("Suisse", "suisse", ("Genève", "Lausanne", "Bâle")),
}
# France-origin candidates born abroad (expatriate families)
EXPAT_COUNTRIES = ("99131", "99140", "99109", "99132", "99134")

# --------------------------------------------------------------------------- geography
# Académies (since 2020 Caen and Rouen are one académie de Normandie; Saint-Pierre-et-Miquelon
# is attached to it). code -> (name, departments, office, address, e-mail, phone)
ACADEMIES = (
    (
        "AIX-MARSEILLE",
        "Académie d'Aix-Marseille",
        ("04", "05", "13", "84"),
        "Division des examens et concours (DIEC)",
        "Rectorat d'Aix-Marseille\nPlace Lucien-Paye\n13621 Aix-en-Provence Cedex 1",
        "diec@ac-aix-marseille.fr",
        "04 42 91 70 00",
    ),
    (
        "AMIENS",
        "Académie d'Amiens",
        ("02", "60", "80"),
        "Division des examens et concours (DEC)",
        "Rectorat d'Amiens\n20 boulevard d'Alsace-Lorraine\n80063 Amiens Cedex 9",
        "dec@ac-amiens.fr",
        "03 22 82 38 23",
    ),
    (
        "BESANCON",
        "Académie de Besançon",
        ("25", "39", "70", "90"),
        "Division des examens et concours (DEC)",
        "Rectorat de Besançon\n10 rue de la Convention\n25030 Besançon Cedex",
        "dec@ac-besancon.fr",
        "03 81 65 47 00",
    ),
    (
        "BORDEAUX",
        "Académie de Bordeaux",
        ("24", "33", "40", "47", "64"),
        "Division des examens et concours (DEC)",
        "Rectorat de Bordeaux\n5 rue Joseph-de-Carayon-Latour\n33060 Bordeaux Cedex",
        "dec@ac-bordeaux.fr",
        "05 57 57 38 00",
    ),
    (
        "CLERMONT",
        "Académie de Clermont-Ferrand",
        ("03", "15", "43", "63"),
        "Division des examens et concours (DEC)",
        "Rectorat de Clermont-Ferrand\n3 avenue Vercingétorix\n63033 Clermont-Ferrand Cedex 1",
        "dec@ac-clermont.fr",
        "04 73 99 30 00",
    ),
    (
        "CORSE",
        "Académie de Corse",
        ("2A", "2B"),
        "Division des examens et concours (DEC)",
        "Rectorat de Corse\nBoulevard Pascal-Rossini\n20192 Ajaccio Cedex 4",
        "dec@ac-corse.fr",
        "04 95 50 33 33",
    ),
    (
        "CRETEIL",
        "Académie de Créteil",
        ("77", "93", "94"),
        "Service interacadémique des examens et concours (SIEC)",
        "SIEC\n7 rue Ernest-Renan\n94114 Arcueil Cedex",
        "examens@ac-creteil.fr",
        "01 49 12 23 23",
    ),
    (
        "DIJON",
        "Académie de Dijon",
        ("21", "58", "71", "89"),
        "Division des examens et concours (DEC)",
        "Rectorat de Dijon\n2G rue du Général-Delaborde\n21019 Dijon Cedex",
        "dec@ac-dijon.fr",
        "03 80 44 84 00",
    ),
    (
        "GRENOBLE",
        "Académie de Grenoble",
        ("07", "26", "38", "73", "74"),
        "Division des examens et concours (DEC)",
        "Rectorat de Grenoble\n7 place Bir-Hakeim\n38021 Grenoble Cedex 1",
        "dec@ac-grenoble.fr",
        "04 76 74 70 00",
    ),
    (
        "GUADELOUPE",
        "Académie de la Guadeloupe",
        ("971",),
        "Division des examens et concours (DEC)",
        "Rectorat de la Guadeloupe\nParc d'activités La Providence, ZAC de Dothémare\n97183 Les Abymes Cedex",
        "dec@ac-guadeloupe.fr",
        "05 90 21 64 00",
    ),
    (
        "GUYANE",
        "Académie de la Guyane",
        ("973",),
        "Division des examens et concours (DEC)",
        "Rectorat de la Guyane\nSite de Troubiran\n97306 Cayenne Cedex",
        "dec@ac-guyane.fr",
        "05 94 27 20 00",
    ),
    (
        "LA-REUNION",
        "Académie de La Réunion",
        ("974",),
        "Division des examens et concours (DEC)",
        "Rectorat de La Réunion\n24 avenue Georges-Brassens\n97702 Saint-Denis Messag Cedex 9",
        "dec@ac-reunion.fr",
        "02 62 48 10 10",
    ),
    (
        "LILLE",
        "Académie de Lille",
        ("59", "62"),
        "Division des examens et concours (DEC)",
        "Rectorat de Lille\n144 rue de Bavay\n59033 Lille Cedex",
        "dec@ac-lille.fr",
        "03 20 15 60 00",
    ),
    (
        "LIMOGES",
        "Académie de Limoges",
        ("19", "23", "87"),
        "Division des examens et concours (DEC)",
        "Rectorat de Limoges\n13 rue François-Chénieux\n87031 Limoges Cedex 1",
        "dec@ac-limoges.fr",
        "05 55 11 40 40",
    ),
    (
        "LYON",
        "Académie de Lyon",
        ("01", "42", "69"),
        "Division des examens et concours (DEC)",
        "Rectorat de Lyon\n92 rue de Marseille\n69354 Lyon Cedex 07",
        "dec@ac-lyon.fr",
        "04 72 80 60 60",
    ),
    (
        "MARTINIQUE",
        "Académie de la Martinique",
        ("972",),
        "Division des examens et concours (DEC)",
        "Rectorat de la Martinique\nTerreville\n97279 Schœlcher Cedex",
        "dec@ac-martinique.fr",
        "05 96 52 25 00",
    ),
    (
        "MAYOTTE",
        "Académie de Mayotte",
        ("976",),
        "Division des examens et concours (DEC)",
        "Rectorat de Mayotte\nBP 76\n97600 Mamoudzou",
        "dec@ac-mayotte.fr",
        "02 69 61 10 24",
    ),
    (
        "MONTPELLIER",
        "Académie de Montpellier",
        ("11", "30", "34", "48", "66"),
        "Division des examens et concours (DEC)",
        "Rectorat de Montpellier\n31 rue de l'Université\n34064 Montpellier Cedex 2",
        "dec@ac-montpellier.fr",
        "04 67 91 47 00",
    ),
    (
        "NANCY-METZ",
        "Académie de Nancy-Metz",
        ("54", "55", "57", "88"),
        "Division des examens et concours (DEC)",
        "Rectorat de Nancy-Metz\n2 rue Philippe-de-Gueldres\n54035 Nancy Cedex",
        "dec@ac-nancy-metz.fr",
        "03 83 86 20 20",
    ),
    (
        "NANTES",
        "Académie de Nantes",
        ("44", "49", "53", "72", "85"),
        "Division des examens et concours (DEC)",
        "Rectorat de Nantes\n4 rue de la Houssinière\n44326 Nantes Cedex 3",
        "dec@ac-nantes.fr",
        "02 40 37 37 37",
    ),
    (
        "NICE",
        "Académie de Nice",
        ("06", "83"),
        "Division des examens et concours (DEC)",
        "Rectorat de Nice\n53 avenue Cap-de-Nice\n06181 Nice Cedex 2",
        "dec@ac-nice.fr",
        "04 93 53 70 70",
    ),
    (
        "NORMANDIE",
        "Académie de Normandie",
        ("14", "27", "50", "61", "76", "975"),
        "Division des examens et concours (DEC)",
        "Rectorat de Normandie\n168 rue Caponière\n14061 Caen Cedex",
        "dec@ac-normandie.fr",
        "02 31 30 15 00",
    ),
    (
        "ORLEANS-TOURS",
        "Académie d'Orléans-Tours",
        ("18", "28", "36", "37", "41", "45"),
        "Division des examens et concours (DEC)",
        "Rectorat d'Orléans-Tours\n21 rue Saint-Étienne\n45043 Orléans Cedex 1",
        "dec@ac-orleans-tours.fr",
        "02 38 79 38 79",
    ),
    (
        "PARIS",
        "Académie de Paris",
        ("75",),
        "Service interacadémique des examens et concours (SIEC)",
        "SIEC\n7 rue Ernest-Renan\n94114 Arcueil Cedex",
        "examens@ac-paris.fr",
        "01 49 12 23 23",
    ),
    (
        "POITIERS",
        "Académie de Poitiers",
        ("16", "17", "79", "86"),
        "Division des examens et concours (DEC)",
        "Rectorat de Poitiers\n22 rue Guillaume-VII-le-Troubadour\n86022 Poitiers Cedex",
        "dec@ac-poitiers.fr",
        "05 16 52 63 00",
    ),
    (
        "REIMS",
        "Académie de Reims",
        ("08", "10", "51", "52"),
        "Division des examens et concours (DEC)",
        "Rectorat de Reims\n1 rue Navier\n51082 Reims Cedex",
        "dec@ac-reims.fr",
        "03 26 05 69 69",
    ),
    (
        "RENNES",
        "Académie de Rennes",
        ("22", "29", "35", "56"),
        "Division des examens et concours (DEC)",
        "Rectorat de Rennes\n96 rue d'Antrain\n35705 Rennes Cedex 7",
        "dec@ac-rennes.fr",
        "02 23 21 77 77",
    ),
    (
        "STRASBOURG",
        "Académie de Strasbourg",
        ("67", "68"),
        "Division des examens et concours (DEC)",
        "Rectorat de Strasbourg\n6 rue de la Toussaint\n67975 Strasbourg Cedex 9",
        "dec@ac-strasbourg.fr",
        "03 88 23 37 23",
    ),
    (
        "TOULOUSE",
        "Académie de Toulouse",
        ("09", "12", "31", "32", "46", "65", "81", "82"),
        "Division des examens et concours (DEC)",
        "Rectorat de Toulouse\n75 rue Saint-Roch\n31400 Toulouse",
        "dec@ac-toulouse.fr",
        "05 36 25 70 00",
    ),
    (
        "VERSAILLES",
        "Académie de Versailles",
        ("78", "91", "92", "95"),
        "Service interacadémique des examens et concours (SIEC)",
        "SIEC\n7 rue Ernest-Renan\n94114 Arcueil Cedex",
        "examens@ac-versailles.fr",
        "01 49 12 23 23",
    ),
)

# Departments: code | name | population (thousands) | cities "Name postcode INSEE", préfecture first.
_DEPARTMENTS = """
01|Ain|660|Bourg-en-Bresse 01000 01053, Oyonnax 01100 01283, Ambérieu-en-Bugey 01500 01004
02|Aisne|530|Laon 02000 02408, Saint-Quentin 02100 02691, Soissons 02200 02722
03|Allier|335|Moulins 03000 03190, Montluçon 03100 03185, Vichy 03200 03310
04|Alpes-de-Haute-Provence|165|Digne-les-Bains 04000 04070, Manosque 04100 04112, Sisteron 04200 04209
05|Hautes-Alpes|140|Gap 05000 05061, Briançon 05100 05023, Embrun 05200 05046
06|Alpes-Maritimes|1095|Nice 06000 06088, Cannes 06400 06029, Antibes 06600 06004, Grasse 06130 06069, Menton 06500 06083
07|Ardèche|330|Privas 07000 07186, Annonay 07100 07010, Aubenas 07200 07019
08|Ardennes|270|Charleville-Mézières 08000 08105, Sedan 08200 08409, Rethel 08300 08362
09|Ariège|155|Foix 09000 09122, Pamiers 09100 09225, Saint-Girons 09200 09261
10|Aube|310|Troyes 10000 10387, Romilly-sur-Seine 10100 10323, Bar-sur-Aube 10200 10033
11|Aude|375|Carcassonne 11000 11069, Narbonne 11100 11262, Castelnaudary 11400 11076
12|Aveyron|280|Rodez 12000 12202, Millau 12100 12145, Villefranche-de-Rouergue 12200 12300
13|Bouches-du-Rhône|2045|Aix-en-Provence 13100 13001, Arles 13200 13004, Aubagne 13400 13005, Martigues 13500 13056, Salon-de-Provence 13300 13103, Istres 13800 13047
14|Calvados|700|Caen 14000 14118, Lisieux 14100 14366, Bayeux 14400 14047, Hérouville-Saint-Clair 14200 14327
15|Cantal|145|Aurillac 15000 15014, Saint-Flour 15100 15187, Mauriac 15200 15120
16|Charente|350|Angoulême 16000 16015, Cognac 16100 16102, Soyaux 16800 16374
17|Charente-Maritime|655|La Rochelle 17000 17300, Saintes 17100 17415, Rochefort 17300 17299, Royan 17200 17306
18|Cher|300|Bourges 18000 18033, Vierzon 18100 18279, Saint-Amand-Montrond 18200 18197
19|Corrèze|240|Tulle 19000 19272, Brive-la-Gaillarde 19100 19031, Ussel 19200 19275
2A|Corse-du-Sud|160|Ajaccio 20000 2A004, Porto-Vecchio 20137 2A247, Sartène 20100 2A272
2B|Haute-Corse|180|Bastia 20200 2B033, Corte 20250 2B096, Calvi 20260 2B050, Borgo 20290 2B042
21|Côte-d'Or|535|Dijon 21000 21231, Beaune 21200 21054, Chenôve 21300 21166
22|Côtes-d'Armor|600|Saint-Brieuc 22000 22278, Lannion 22300 22113, Dinan 22100 22050, Guingamp 22200 22070
23|Creuse|115|Guéret 23000 23096, La Souterraine 23300 23176, Aubusson 23200 23008
24|Dordogne|415|Périgueux 24000 24322, Bergerac 24100 24037, Sarlat-la-Canéda 24200 24520
25|Doubs|545|Besançon 25000 25056, Montbéliard 25200 25388, Pontarlier 25300 25462
26|Drôme|520|Valence 26000 26362, Montélimar 26200 26198, Romans-sur-Isère 26100 26281
27|Eure|600|Évreux 27000 27229, Vernon 27200 27681, Louviers 27400 27375
28|Eure-et-Loir|430|Chartres 28000 28085, Dreux 28100 28134, Châteaudun 28200 28088
29|Finistère|920|Quimper 29000 29232, Brest 29200 29019, Morlaix 29600 29151, Concarneau 29900 29039
30|Gard|750|Nîmes 30000 30189, Alès 30100 30007, Bagnols-sur-Cèze 30200 30028, Beaucaire 30300 30032
31|Haute-Garonne|1420|Toulouse 31000 31555, Toulouse 31400 31555, Toulouse 31500 31555, Colomiers 31770 31149, Muret 31600 31395, Saint-Gaudens 31800 31483
32|Gers|190|Auch 32000 32013, Condom 32100 32107, Fleurance 32500 32132
33|Gironde|1640|Bordeaux 33000 33063, Bordeaux 33800 33063, Mérignac 33700 33281, Pessac 33600 33318, Libourne 33500 33243, Arcachon 33120 33009
34|Hérault|1190|Montpellier 34000 34172, Montpellier 34070 34172, Béziers 34500 34032, Sète 34200 34301, Lunel 34400 34145
35|Ille-et-Vilaine|1090|Rennes 35000 35238, Rennes 35200 35238, Saint-Malo 35400 35288, Fougères 35300 35115, Vitré 35500 35360
36|Indre|215|Châteauroux 36000 36044, Issoudun 36100 36088, Le Blanc 36300 36018
37|Indre-et-Loire|610|Tours 37000 37261, Joué-lès-Tours 37300 37122, Amboise 37400 37003, Chinon 37500 37072
38|Isère|1280|Grenoble 38000 38185, Grenoble 38100 38185, Vienne 38200 38544, Voiron 38500 38563, Échirolles 38130 38151, Bourgoin-Jallieu 38300 38053
39|Jura|260|Lons-le-Saunier 39000 39300, Dole 39100 39198, Saint-Claude 39200 39478
40|Landes|415|Mont-de-Marsan 40000 40192, Dax 40100 40088, Biscarrosse 40600 40046
41|Loir-et-Cher|330|Blois 41000 41018, Vendôme 41100 41269, Romorantin-Lanthenay 41200 41194
42|Loire|765|Saint-Étienne 42000 42218, Roanne 42300 42187, Saint-Chamond 42400 42207, Montbrison 42600 42147
43|Haute-Loire|230|Le Puy-en-Velay 43000 43157, Yssingeaux 43200 43268, Brioude 43100 43040
44|Loire-Atlantique|1450|Nantes 44000 44109, Nantes 44100 44109, Nantes 44300 44109, Saint-Nazaire 44600 44184, Rezé 44400 44143, Saint-Herblain 44800 44162, Châteaubriant 44110 44036
45|Loiret|680|Orléans 45000 45234, Olivet 45160 45232, Montargis 45200 45208, Gien 45500 45155
46|Lot|175|Cahors 46000 46042, Figeac 46100 46102, Gourdon 46300 46127
47|Lot-et-Garonne|330|Agen 47000 47001, Villeneuve-sur-Lot 47300 47323, Marmande 47200 47157
48|Lozère|76|Mende 48000 48095, Marvejols 48100 48092, Langogne 48300 48080
49|Maine-et-Loire|820|Angers 49000 49007, Angers 49100 49007, Cholet 49300 49099, Saumur 49400 49328, Trélazé 49800 49353
50|Manche|495|Saint-Lô 50000 50502, Cherbourg-en-Cotentin 50100 50129, Granville 50400 50218, Coutances 50200 50147
51|Marne|565|Châlons-en-Champagne 51000 51108, Reims 51100 51454, Épernay 51200 51230, Vitry-le-François 51300 51649
52|Haute-Marne|170|Chaumont 52000 52121, Saint-Dizier 52100 52448, Langres 52200 52269
53|Mayenne|305|Laval 53000 53130, Mayenne 53100 53147, Château-Gontier-sur-Mayenne 53200 53062
54|Meurthe-et-Moselle|735|Nancy 54000 54395, Vandœuvre-lès-Nancy 54500 54547, Lunéville 54300 54329, Longwy 54400 54323
55|Meuse|185|Bar-le-Duc 55000 55029, Verdun 55100 55545, Commercy 55200 55122
56|Morbihan|760|Vannes 56000 56260, Lorient 56100 56121, Lanester 56600 56098, Pontivy 56300 56178, Auray 56400 56007
57|Moselle|1045|Metz 57000 57463, Thionville 57100 57672, Forbach 57600 57227, Sarreguemines 57200 57631, Montigny-lès-Metz 57950 57480
58|Nièvre|200|Nevers 58000 58194, Cosne-Cours-sur-Loire 58200 58086, Decize 58300 58095
59|Nord|2610|Lille 59000 59350, Lille 59800 59350, Roubaix 59100 59512, Tourcoing 59200 59599, Dunkerque 59140 59183, Valenciennes 59300 59606, Villeneuve-d'Ascq 59650 59009, Douai 59500 59178, Maubeuge 59600 59392, Cambrai 59400 59122
60|Oise|830|Beauvais 60000 60057, Compiègne 60200 60159, Creil 60100 60175, Senlis 60300 60612, Noyon 60400 60471
61|Orne|280|Alençon 61000 61001, Flers 61100 61169, Argentan 61200 61006
62|Pas-de-Calais|1460|Arras 62000 62041, Calais 62100 62193, Boulogne-sur-Mer 62200 62160, Lens 62300 62498, Liévin 62800 62510, Béthune 62400 62119, Saint-Omer 62500 62765
63|Puy-de-Dôme|665|Clermont-Ferrand 63000 63113, Clermont-Ferrand 63100 63113, Riom 63200 63300, Thiers 63300 63430, Issoire 63500 63178
64|Pyrénées-Atlantiques|690|Pau 64000 64445, Bayonne 64100 64102, Anglet 64600 64024, Biarritz 64200 64122, Orthez 64300 64430
65|Hautes-Pyrénées|230|Tarbes 65000 65440, Lourdes 65100 65286, Bagnères-de-Bigorre 65200 65059
66|Pyrénées-Orientales|480|Perpignan 66000 66136, Canet-en-Roussillon 66140 66037, Prades 66500 66149
67|Bas-Rhin|1150|Strasbourg 67000 67482, Strasbourg 67100 67482, Haguenau 67500 67180, Schiltigheim 67300 67447, Sélestat 67600 67462, Saverne 67700 67437
68|Haut-Rhin|765|Colmar 68000 68066, Mulhouse 68100 68224, Mulhouse 68200 68224, Saint-Louis 68300 68297, Guebwiller 68500 68112
69|Rhône|1880|Villeurbanne 69100 69266, Vénissieux 69200 69259, Vaulx-en-Velin 69120 69256, Caluire-et-Cuire 69300 69034, Villefranche-sur-Saône 69400 69264, Bron 69500 69029
70|Haute-Saône|235|Vesoul 70000 70550, Lure 70200 70310, Gray 70100 70279
71|Saône-et-Loire|550|Mâcon 71000 71270, Chalon-sur-Saône 71100 71076, Le Creusot 71200 71153, Montceau-les-Mines 71300 71306, Autun 71400 71014
72|Sarthe|565|Le Mans 72000 72181, Le Mans 72100 72181, La Flèche 72200 72154, Sablé-sur-Sarthe 72300 72264
73|Savoie|440|Chambéry 73000 73065, Aix-les-Bains 73100 73008, Albertville 73200 73011
74|Haute-Savoie|830|Annecy 74000 74010, Annemasse 74100 74012, Thonon-les-Bains 74200 74281, Cluses 74300 74081
75|Paris|2130|
76|Seine-Maritime|1255|Rouen 76000 76540, Le Havre 76600 76351, Le Havre 76610 76351, Dieppe 76200 76217, Sotteville-lès-Rouen 76300 76681, Fécamp 76400 76259, Elbeuf 76500 76231
77|Seine-et-Marne|1430|Melun 77000 77288, Meaux 77100 77284, Chelles 77500 77108, Pontault-Combault 77340 77373, Fontainebleau 77300 77186, Torcy 77200 77468, Provins 77160 77379
78|Yvelines|1450|Versailles 78000 78646, Sartrouville 78500 78586, Mantes-la-Jolie 78200 78361, Saint-Germain-en-Laye 78100 78551, Poissy 78300 78498, Rambouillet 78120 78517, Trappes 78190 78621
79|Deux-Sèvres|375|Niort 79000 79191, Bressuire 79300 79049, Parthenay 79200 79202, Thouars 79100 79329
80|Somme|570|Amiens 80000 80021, Amiens 80090 80021, Abbeville 80100 80001, Albert 80300 80016, Péronne 80200 80620
81|Tarn|390|Albi 81000 81004, Castres 81100 81065, Gaillac 81600 81099, Lavaur 81500 81140
82|Tarn-et-Garonne|260|Montauban 82000 82121, Castelsarrasin 82100 82033, Moissac 82200 82112
83|Var|1080|Toulon 83000 83137, Toulon 83100 83137, Fréjus 83600 83061, Hyères 83400 83069, Draguignan 83300 83050, La Seyne-sur-Mer 83500 83126, Brignoles 83170 83023
84|Vaucluse|560|Avignon 84000 84007, Carpentras 84200 84031, Orange 84100 84087, Cavaillon 84300 84035, Pertuis 84120 84089
85|Vendée|690|La Roche-sur-Yon 85000 85191, Les Sables-d'Olonne 85100 85194, Challans 85300 85047, Fontenay-le-Comte 85200 85092, Les Herbiers 85500 85109
86|Vienne|440|Poitiers 86000 86194, Châtellerault 86100 86066, Loudun 86200 86137, Montmorillon 86500 86165
87|Haute-Vienne|370|Limoges 87000 87085, Limoges 87100 87085, Saint-Junien 87200 87154, Panazol 87350 87114
88|Vosges|360|Épinal 88000 88160, Saint-Dié-des-Vosges 88100 88413, Remiremont 88200 88383, Gérardmer 88400 88196
89|Yonne|335|Auxerre 89000 89024, Sens 89100 89387, Joigny 89300 89206, Avallon 89200 89025
90|Territoire de Belfort|140|Belfort 90000 90010, Delle 90100 90033, Valdoie 90300 90099
91|Essonne|1305|Évry-Courcouronnes 91000 91228, Corbeil-Essonnes 91100 91174, Massy 91300 91377, Savigny-sur-Orge 91600 91589, Palaiseau 91120 91477, Étampes 91150 91223, Sainte-Geneviève-des-Bois 91700 91549
92|Hauts-de-Seine|1625|Nanterre 92000 92050, Boulogne-Billancourt 92100 92012, Colombes 92700 92025, Asnières-sur-Seine 92600 92004, Courbevoie 92400 92026, Rueil-Malmaison 92500 92063, Antony 92160 92002, Issy-les-Moulineaux 92130 92040
93|Seine-Saint-Denis|1660|Saint-Denis 93200 93066, Montreuil 93100 93048, Aubervilliers 93300 93001, Aulnay-sous-Bois 93600 93005, Drancy 93700 93029, Noisy-le-Grand 93160 93051, Bobigny 93000 93008, Saint-Ouen-sur-Seine 93400 93070, Pantin 93500 93055
94|Val-de-Marne|1410|Créteil 94000 94028, Vitry-sur-Seine 94400 94081, Champigny-sur-Marne 94500 94017, Saint-Maur-des-Fossés 94100 94068, Ivry-sur-Seine 94200 94041, Maisons-Alfort 94700 94046, Vincennes 94300 94080
95|Val-d'Oise|1250|Cergy 95000 95127, Argenteuil 95100 95018, Sarcelles 95200 95585, Garges-lès-Gonesse 95140 95268, Pontoise 95300 95500, Franconville 95130 95252, Goussainville 95190 95280
971|Guadeloupe|385|Les Abymes 97139 97101, Pointe-à-Pitre 97110 97120, Baie-Mahault 97122 97103, Le Gosier 97190 97113, Basse-Terre 97100 97105, Sainte-Anne 97180 97128
972|Martinique|360|Fort-de-France 97200 97209, Le Lamentin 97232 97213, Schœlcher 97233 97229, Le Robert 97231 97222, Sainte-Marie 97230 97228
973|Guyane|285|Cayenne 97300 97302, Matoury 97351 97307, Saint-Laurent-du-Maroni 97320 97311, Kourou 97310 97304, Rémire-Montjoly 97354 97309
974|La Réunion|870|Saint-Denis 97400 97411, Saint-Paul 97460 97415, Saint-Pierre 97410 97416, Le Tampon 97430 97422, Saint-André 97440 97409, Saint-Louis 97450 97414, Le Port 97420 97407
975|Saint-Pierre-et-Miquelon|6|Saint-Pierre 97500 97502, Miquelon-Langlade 97500 97501
976|Mayotte|310|Mamoudzou 97600 97611, Koungou 97690 97610, Dzaoudzi 97615 97608, Dembeni 97660 97607
"""

# Cities with arrondissements: one entry each (postcode, INSEE code of the arrondissement).
_ARRONDISSEMENTS = {
    "75": ("Paris", [(f"750{n:02d}", f"751{n:02d}") for n in range(1, 21)]),
    "13": ("Marseille", [(f"130{n:02d}", f"132{n:02d}") for n in range(1, 17)]),
    "69": ("Lyon", [(f"6900{n}", f"6938{n}") for n in range(1, 10)]),
}


def _parse_departments():
    out = {}
    for line in _DEPARTMENTS.strip().splitlines():
        code, name, population, cities = line.split("|")
        parsed = []
        for item in filter(None, (c.strip() for c in cities.split(","))):
            city, postcode, insee = item.rsplit(" ", 2)
            parsed.append((city, postcode, insee))
        if code in _ARRONDISSEMENTS:
            city, arr = _ARRONDISSEMENTS[code]
            # the big city first: its arrondissements weigh as much as the rest of the department
            parsed = [(city, pc, insee) for pc, insee in arr] + parsed
        out[code] = (name, int(population), tuple(parsed))
    return out


# code -> (name, population in thousands, ((city, postcode, INSEE commune), …))
DEPARTMENTS = _parse_departments()

STREETS = (
    "rue de la République",
    "avenue Jean-Jaurès",
    "rue Victor-Hugo",
    "boulevard Gambetta",
    "place de la Mairie",
    "rue des Lilas",
    "impasse des Tilleuls",
    "allée des Peupliers",
    "chemin du Moulin",
    "rue du Général-Leclerc",
    "rue Pasteur",
    "rue de la Gare",
    "rue de l'Église",
    "avenue de la Libération",
    "rue Jean-Moulin",
    "rue des Écoles",
    "rue du Stade",
    "rue de Verdun",
    "rue Nationale",
    "avenue du Maréchal-Foch",
    "rue Émile-Zola",
    "rue Carnot",
    "rue des Acacias",
    "rue du Château",
    "rue de la Paix",
    "rue Voltaire",
    "rue Jules-Ferry",
    "boulevard de la Liberté",
    "rue des Roses",
    "rue du Port",
    "quai de la Fosse",
    "rue Saint-Jacques",
    "rue de Bretagne",
    "rue de la Fontaine",
    "avenue des Champs",
    "rue du Four",
    "rue des Mimosas",
    "route de Paris",
    "rue Anatole-France",
    "rue Albert-Camus",
    "rue Marie-Curie",
    "rue Louise-Michel",
    "allée Simone-Veil",
    "rue Olympe-de-Gouges",
    "rue de l'Abbé-Grégoire",
    "rue Aimé-Césaire",
    "rue du 8-Mai-1945",
    "rue du 11-Novembre",
    "place du Marché",
    "cours Mirabeau",
    "rue des Œillets",
    "rue de la Forêt",
    "lotissement Les Hauts de Ville",
    "résidence du Parc",
    "rue du Bois-Joli",
    "rue Françoise-Dolto",
    "chemin des Vignes",
    "rue des Cerisiers",
    "rue de Strasbourg",
)
ADDRESS_COMPLEMENTS = (
    "Appartement 12",
    "Bâtiment B",
    "Résidence Les Érables",
    "Escalier C, 3e étage",
    "Chez M. et Mme Durand",
    "Appartement 204",
    "Bât. A2",
)

# Lycées: well-known ones by city, then common eponyms for the rest of each department.
LYCEES_KNOWN = {
    "44": (
        "Lycée Georges-Clemenceau",
        "Lycée Gabriel-Guist'hau",
        "Lycée Jules-Verne",
        "Lycée Livet",
        "Lycée Aristide-Briand",
    ),
    "49": ("Lycée David-d'Angers", "Lycée Joachim-du-Bellay", "Lycée Chevrollier"),
    "53": ("Lycée Ambroise-Paré", "Lycée Douanier-Rousseau"),
    "72": ("Lycée Montesquieu", "Lycée Bellevue", "Lycée Touchard-Washington"),
    "85": ("Lycée Pierre-Mendès-France", "Lycée Savary-de-Mauléon"),
    "35": ("Lycée Chateaubriand", "Lycée Émile-Zola", "Lycée Bréquigny"),
    "29": ("Lycée de Kerichen", "Lycée La Pérouse-Kerichen", "Lycée Brizeux"),
    "75": (
        "Lycée Henri-IV",
        "Lycée Louis-le-Grand",
        "Lycée Charlemagne",
        "Lycée Fénelon",
        "Lycée Condorcet",
        "Lycée Chaptal",
        "Lycée Hélène-Boucher",
        "Lycée Voltaire",
        "Lycée Turgot",
        "Lycée Jacques-Decour",
    ),
    "69": (
        "Lycée du Parc",
        "Lycée Ampère",
        "Lycée Édouard-Herriot",
        "Lycée Saint-Just",
        "Lycée La Martinière-Monplaisir",
    ),
    "13": (
        "Lycée Thiers",
        "Lycée Saint-Charles",
        "Lycée Marseilleveyre",
        "Lycée Périer",
        "Lycée Paul-Cézanne",
    ),
    "59": ("Lycée Faidherbe", "Lycée Pasteur", "Lycée Gaston-Berger", "Lycée Baggio"),
    "33": ("Lycée Montaigne", "Lycée Michel-Montaigne", "Lycée Camille-Jullian", "Lycée Gustave-Eiffel"),
    "31": ("Lycée Pierre-de-Fermat", "Lycée Saint-Sernin", "Lycée Bellevue", "Lycée Déodat-de-Séverac"),
    "67": ("Lycée Kléber", "Lycée Fustel-de-Coulanges", "Lycée Marie-Curie"),
    "06": ("Lycée Masséna", "Lycée Calmette", "Lycée Carnot"),
    "34": ("Lycée Joffre", "Lycée Jean-Mermoz", "Lycée Clemenceau"),
    "38": ("Lycée Champollion", "Lycée Stendhal", "Lycée Mounier"),
    "14": ("Lycée Malherbe", "Lycée Victor-Hugo", "Lycée Augustin-Fresnel"),
    "76": ("Lycée Corneille", "Lycée Jeanne-d'Arc", "Lycée François-Ier"),
    "21": ("Lycée Carnot", "Lycée Montchapet", "Lycée Le Castel"),
    "63": ("Lycée Blaise-Pascal", "Lycée Jeanne-d'Arc", "Lycée Sidoine-Apollinaire"),
    "2A": ("Lycée Fesch", "Lycée Laetitia-Bonaparte"),
    "2B": ("Lycée Giocante-de-Casabianca", "Lycée Jean-Nicoli", "Lycée Pasquale-Paoli"),
    "971": ("Lycée Baimbridge", "Lycée Gerville-Réache", "Lycée Charles-Cœur"),
    "972": ("Lycée Victor-Schœlcher", "Lycée Bellevue", "Lycée Joseph-Gaillard"),
    "973": ("Lycée Félix-Éboué", "Lycée Melkior-Garré", "Lycée Bertène-Juminer"),
    "974": ("Lycée Leconte-de-Lisle", "Lycée Bellepierre", "Lycée Roland-Garros", "Lycée Lislet-Geoffroy"),
    "975": ("Lycée Émile-Letournel",),
    "976": ("Lycée Younoussa-Bamana", "Lycée de Sada", "Lycée Bamana de Mamoudzou"),
}
LYCEE_EPONYMS = (
    "Victor-Hugo",
    "Jean-Moulin",
    "Jules-Ferry",
    "Marie-Curie",
    "Louis-Pasteur",
    "Jacques-Prévert",
    "Albert-Camus",
    "Condorcet",
    "Montaigne",
    "Voltaire",
    "Descartes",
    "Jean-Jaurès",
    "Léonard-de-Vinci",
    "Simone-Veil",
    "Charles-de-Gaulle",
    "Paul-Éluard",
    "Jean-Monnet",
    "Georges-Brassens",
    "Émile-Zola",
    "Gustave-Eiffel",
    "Antoine-de-Saint-Exupéry",
    "Jean-Rostand",
    "Pierre-Mendès-France",
    "Henri-Bergson",
    "Camille-Claudel",
    "Olympe-de-Gouges",
    "Jean-Macé",
    "Aristide-Briand",
    "Gay-Lussac",
    "Lavoisier",
    "Ampère",
    "Blaise-Pascal",
    "Honoré-de-Balzac",
    "Colbert",
    "Chateaubriand",
    "Guy-de-Maupassant",
    "Marguerite-Yourcenar",
    "Germaine-Tillion",
    "Joliot-Curie",
    "Édouard-Branly",
    "Gustave-Flaubert",
    "Rabelais",
    "Molière",
    "Jean-de-La-Fontaine",
    "Racine",
    "Fénelon",
    "Jean-Zay",
    "Lucie-Aubrac",
    "Marcel-Pagnol",
    "Arthur-Rimbaud",
    "George-Sand",
    "Alexandre-Dumas",
    "Paul-Langevin",
    "Jacques-Monod",
    "René-Cassin",
    "Robert-Schuman",
    "Louise-Michel",
    "Françoise-Dolto",
    "Nelson-Mandela",
    "Rosa-Parks",
    "Aimé-Césaire",
    "Frédéric-Mistral",
    "Claude-Debussy",
    "Maurice-Ravel",
    "Eugène-Delacroix",
    "Auguste-Renoir",
    "Jean-Perrin",
    "Sophie-Germain",
    "Hélène-Boucher",
    "Marie-Laurencin",
    "Jules-Verne",
    "Paul-Valéry",
    "Anatole-France",
    "Saint-Exupéry",
    "Jeanne-d'Arc",
    "Sainte-Marie",
    "Notre-Dame",
    "Saint-Joseph",
    "La Salle",
    "Le Corbusier",
)
LYCEE_KINDS = (("Lycée", 6), ("Lycée polyvalent", 3), ("Lycée professionnel", 2), ("Lycée des métiers", 1))

# Staff of the demo: full names of the four accounts.
STAFF_NAMES = {
    "gestionnaire": "Claire Moreau-Lefèvre",
    "agent": "Yannick Le Floc'h",
    "impression": "Inès Haddad",
    "consultation": "Bernard Rousseau",
}

# Showcase identities placed first (they go through the portal rules): names that exercise
# every difficulty of printing and searching. (civility, birth name, usage name, first names,
# origin of the country of birth or "" for France)
SHOWCASE = (
    ("M.", "de La Fontaine", "", "Jean-Édouard Marie", ""),
    ("Mme", "Nguyễn", "", "Thị Ánh", "99243"),
    ("M.", "Żółć", "", "Łukasz Paweł", "99122"),
    ("M.", "Halvorsen", "", "Øyvind", "99103"),
    ("Mme", "Dvořáková", "", "Tereza", "99116"),
    ("M.", "O'Neil", "", "Seán Patrick", "99136"),
    ("Mme", "Le Goff", "", "Maëlys Anne", ""),
    ("M.", "N'Diaye", "", "Mamadou", ""),
    ("Mme", "Müller", "", "Greta", "99109"),
    ("Mme", "Lefèvre", "Martin", "Marie-Claire Jeanne", ""),
    ("M.", "Lefebvre", "", "Jean-Baptiste", ""),
    ("Mme", "Yılmaz", "", "Zeynep", ""),
)

# The long tail: France has over a million surnames, most of them rare. These draw together
# most of the French-origin candidates (see TAIL_SHARE), the rarer towards the end.
_LONG_TAIL = """
Abadie Achard Adnet Agostini Aguilar Aillaud Alary Alazard Albert Alexandre Allain Allard Allemand
Alliot Amiot Amouroux Anceau Andrieu Anger Angot Anquetil Antier Archambault Arnal Arnould Arrighi
Arsène Astier Aubé Aubineau Auclair Audibert Audoin Audouin Audren Augé Auger Aumont Auvray Avenel
Avril Aymard Babin Bachelet Badin Bagot Baillet Baillon Balland Ballet Bardet Bardin Baril Barillot
Barjot Barral Barrault Barret Barreteau Barthe Bascoul Basset Bastide Bastien Batard Baudet Baudoin
Baudouin Bauer Bayle Bazire Béchet Bégué Belin Bellec Bellet Belot Benard Benoit Béranger Berger
Bergeron Bernier Berthier Berthon Bertrand Besse Bessière Besson Bétard Beuzelin Bichon Bidault
Bienvenu Bigard Billet Billon Binet Biron Bisson Bizet Blain Blais Blanchon Blandin Blin Blond
Boisseau Boissel Boivin Bompard Bonhomme Bonneau Bonnefoy Bonnet Bordier Borel Bosc Bossard
Bouchaud Boucherie Boudin Bouet Bougeard Bouhier Bouillon Boulard Boulet Bouquin Bourcier Bourdais
Bourdeau Bourgoin Bourguignon Bourhis Bourreau Bousquet Boussard Boutet Boutillier Bouyer Brard
Brasseur Bréchet Brémond Bretaud Briard Brisset Brisson Brochet Brossard Brosseau Bruel Brugère
Bruneau Brunel Brunier Bucher Buffet Bulteau Burel Buron Cabaret Cadet Cadiot Caillaud Caillet
Caillot Calvet Camus Cantin Capelle Carbonnel Cardon Carel Carlier Caron Carpentier Carrière Casteran
Castex Catel Cathala Cauvin Cavalier Cazaux Cazenave Cellier Chaillou Chambard Champion Chanel
Chapelle Chaput Charbonnel Chardon Charlot Charpentier Charrier Chartier Chassagne Chastang
Chatelain Chauveau Chauvet Chazal Chemin Chenu Chéron Chesnel Chevalier Chevrier Chiron Chollet
Chopin Chrétien Clavier Clémenceau Clerc Cléry Cloarec Clouet Cochard Coindre Colas Colombel
Combe Comte Constant Coquelin Corbel Cordonnier Cornet Corre Cosson Costes Cottin Coudert Coudray
Couderc Coulomb Courtin Cousin Coutant Couturier Crépin Cressent Crozet Cuny Curé Cussac Dabin
Dalmas Damour Danel Dantec Darras Daubié Dauphin Dauvergne David Debord Debray Decaux Decker
Defrance Degand Dehaene Dejean Delabarre Delacour Delafosse Delage Delahaye Delalande Delamare
Delaporte Delarue Delassus Delbos Delcourt Delhomme Delmotte Delpech Delvaux Demay Deneuve Denoyelle
Deplanque Derrien Desbois Deschamps Descombes Desjardins Deslandes Desmoulins Desnos Despré Després
Desprez Destouches Devillers Devos Dhalluin Didelot Dieudonné Dion Doucet Douillet Drapeau Drouard
Drouin Dubourg Dubreuil Duchamp Duchemin Duchêne Duclos Ducret Dufay Dufaure Dufresne Dugas Duhamel
Dujardin Dulac Dumesnil Dumoulin Dupin Duplessis Dupré Dupuy Durieux Duroc Dussart Duteil Duthil
Elie Esnault Évrard Fabien Fabrègue Fage Faivre Farge Faucher Faure Fauvel Favier Favre Fayolle
Féron Ferrand Ferrier Feuillet Fichet Fillon Flament Fleuriot Flores Florent Floch Fontanel Forest
Fortier Fortin Foucault Foulon Fouquet Fourcade Fourier Fournel Franchet Frémont Froger Gabillard
Gachet Gaillot Galland Gallais Gallet Garcin Gardet Garreau Gasnier Gaubert Gaudry Gauvin Gay
Geffroy Gélin Genet Genty Geoffroy Gérault Gervais Gibert Gicquel Gillot Girardot Giraudeau Girault
Giroud Gobert Godefroy Godet Goffin Gomez Gosselin Goujon Goulet Gourdon Gousset Goutal Grall
Grand Grandjean Granger Grégoire Grenet Grimaud Gros Grosset Guégan Guérard Guéret Guibert Guichaoua
Guignard Guilbaud Guillard Guillemin Guillermin Guillet Guilloux Guitton Guyard Guyon Hacquard
Halgand Hamelin Hamon Harel Haudebourg Hébrard Hélie Hémery Henrot Herbert Hérisson Hermann Hervieu
Heurtaux Hivert Hoffmann Honoré Houdayer Houdin Houel Hue Huguet Humeau Huon Huret Hurel Husson
Imbault Jacquemin Jacquin Jamin Janin Janvier Jaouen Jarry Jaunet Jean Jeannin Jeanneau Jégo Join
Jolivet Joubert Jouin Jourdain Jousse Jouve Julliard Kerboul Kergoat Laborie Labourdette Lacaze
Lachaud Lacour Laffont Lafitte Lafond Lagache Lagrange Lahaye Laine Lalanne Lallemand Lamarque
Lambert Lamothe Landais Landry Langevin Lannes Lapierre Laplace Larcher Larue Lasserre Latour
Laurens Lavaud Lavigne Lavoine Leblond Lebœuf Lebourg Lecerf Leclère Lecoeur Ledru Leduc Lefeuvre
Legall Léger Legoff Legrand Leguen Lehmann Lejeune Lelong Lemesle Lemonnier Lenfant Lenormand
Léonard Lepage Lepetit Leprince Lequeux Leray Leroux Lesage Lescure Letellier Levallois Lévêque
Lhermitte Lhuillier Lieutaud Lombard Loisel Longuet Lorin Loriot Louvet Lucas Luce Macé Madec Magnan
Magnin Maheu Maignan Maillard Mainguy Maire Malet Malher Mallard Malo Manceau Mangin Marais Marceau
Marchais Marchetti Marion Marquis Martel Martineau Martinet Massé Massin Massol Mathé Mathey Maudet
Mauduit Maugin Maurel Maurin Maury Mazé Mazet Méhu Ménager Merlin Mesnard Mesnil Métayer Meunier
Michaud Michel Michelet Michon Mignot Millet Millot Minot Moal Moinet Moisan Mollet Monier Monnet
Montagne Morand Moreau Morice Morin Morvan Mouchel Mougin Moulin Moussu Moutier Mulot Nadaud Naudet
Navarre Neveu Nicolle Nicot Noël Normand Nouvel Ogier Olivier Ollier Orain Orhan Oudin Pacaud
Pagnier Paillard Pajot Panel Papon Paquier Parisot Pasquet Patin Patry Paulin Pauvert Payen Peltier
Pépin Péron Perret Perrichon Perrier Perrin Pesquet Petiot Peyrot Philippon Picard Pichard Pied
Pierrat Pierron Pignon Pillet Pinault Pinçon Pineau Piquet Piron Pitois Planchon Plantier Poisson
Poitevin Polge Pommier Poncet Portal Pouget Pougnet Poulet Pourcel Prat Prieur Prigent Proust
Provost Puech Quéré Quillet Quintin Rabier Raffin Ragot Raimbault Ramos Raoul Rault Raymond Rebours
Regnault Reignier Renou Révillon Rey Reynier Ribot Richardot Richet Rigal Rigault Rion Rival Rivet
Robineau Roblin Rocher Rodier Roger Rolland Romain Rondeau Roques Rossignol Rouault Roudaut Rougier
Rouillon Roulland Rousseau Roussel Roux Royer Rozier Ruel Sabourin Sagot Saillard Salaün Salles
Sanson Sarrazin Saunier Sauvage Savary Savin Schaller Sébire Seguin Sellier Serre Sicard Sigal
Simard Simonnet Sorel Souchet Soulier Stéphan Tardy Tessier Testard Théard Thébaud Thévenin
Thibaud Thiébaut Thierry Thomine Tissier Tixier Toulemonde Tourneur Toussaint Tréguer Tremblay
Tristan Trouillet Turpin Vacher Vaillant Valette Vallet Vanier Vannier Vasseur Vaudron Vauthier
Védrenne Verdier Verger Verrier Vésier Vétillard Viala Viard Vidal Vigier Vigneau Vilain Villard
Villemin Vincent Vinet Violet Vion Viret Vivien Voisin Vuillemin Wallet Weiss Willaume Yvon Zeller
Agneray Aliot Amblard Andrault Annic Ardouin Aubriot Audrain Auzanneau Badeau Bahuaud Barbot Bardou
Batiste Baudu Baumann Bazinet Beaudouin Beaufils Bécot Bellanger Belliard Berthaud Besnier Beuvin
Bidet Blondeau Bobin Bocquet Bodin Bogard Boileau Boisnard Bonamy Bonnaud Bordage Bossu Bouard
Boudaud Bouffard Bougault Bouillet Bouju Boulin Bourasseau Bourgeais Bouteiller Brault Bréhéret
Brelivet Breton Briand Briant Brillaud Brochu Brunet Buisset Cadoret Caillon Camus Carré Cartron
Cesbron Chabot Chaigneau Charbonneau Charruau Chauvat Chéné Chevalier Chiffoleau Choblet Clavreul
Cormier Coutanceau Cuvier Daniel Dauvé David Deniau Denis Dixneuf Douillard Drouet Dugué Dupas
Durand Ecomard Étienne Faucheux Fleurance Forget Fouassier Foucher Fradin Frémont Gaborit Gaillard
Galipaud Garnier Gaudin Gautreau Gendron Gilbert Girard Godard Gohier Gouraud Grolleau Guérin
Guillet Guilloteau Hervouet Hubert Hurtaud Jamet Jaunâtre Joguet Joly Jouan Laidet Lebreton Leduc
Lemaitre Lerat Lhommeau Loirat Mabit Maillet Marchand Martineau Mercier Merlet Moinard Morisseau
Nicolas Ollivier Pageot Papin Pasquier Paumier Pavageau Pelé Perraudeau Picaud Pineau Poiron Potiron
Praud Raffegeau Renaudin Retailleau Richard Robard Rousselot Savary Soulard Tessier Thibaud Vrignaud
"""


def _parse_tail():
    seen = {n for n, _w in SURNAMES_FR + SURNAMES_FR_TAIL + SURNAMES_PARTICLE}
    out = []
    for name in _LONG_TAIL.split():
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


LONG_TAIL = tuple(_parse_tail())
#: The share of French-origin candidates whose name comes from the long tail.
TAIL_SHARE = 0.85
