#include "PlaceList.h"

#include "Rng.h"

#include <algorithm>

namespace pathways::bench {

namespace {

// Approximate town centres (a few hundred metres off is fine: the data is synthetic).
const Place kSlovenia[] = {
    {"Ljubljana", "Central Slovenia", 46.051, 14.505, false}, {"Maribor", "Drava", 46.555, 15.646, false},
    {"Celje", "Savinja", 46.231, 15.260, false}, {"Kranj", "Upper Carniola", 46.239, 14.355, false},
    {"Koper", "Coastal–Karst", 45.548, 13.730, false}, {"Velenje", "Savinja", 46.359, 15.110, false},
    {"Novo mesto", "Southeast Slovenia", 45.804, 15.169, false}, {"Ptuj", "Drava", 46.420, 15.870, false},
    {"Trbovlje", "Central Sava", 46.155, 15.053, false}, {"Kamnik", "Central Slovenia", 46.226, 14.612, false},
    {"Jesenice", "Upper Carniola", 46.436, 14.053, false}, {"Nova Gorica", "Gorizia", 45.956, 13.648, false},
    {"Domžale", "Central Slovenia", 46.138, 14.594, false}, {"Škofja Loka", "Upper Carniola", 46.165, 14.306, false},
    {"Izola", "Coastal–Karst", 45.537, 13.660, false}, {"Murska Sobota", "Mura", 46.662, 16.166, false},
    {"Postojna", "Littoral–Inner Carniola", 45.775, 14.213, false}, {"Logatec", "Central Slovenia", 45.914, 14.226, false},
    {"Vrhnika", "Central Slovenia", 45.966, 14.298, false}, {"Kočevje", "Southeast Slovenia", 45.643, 14.863, false},
    {"Krško", "Lower Sava", 45.959, 15.492, false}, {"Brežice", "Lower Sava", 45.904, 15.591, false},
    {"Slovenj Gradec", "Carinthia", 46.510, 15.080, false}, {"Ravne na Koroškem", "Carinthia", 46.544, 14.969, false},
    {"Ajdovščina", "Gorizia", 45.887, 13.905, false}, {"Piran", "Coastal–Karst", 45.528, 13.568, false},
    {"Sežana", "Coastal–Karst", 45.709, 13.873, false}, {"Idrija", "Gorizia", 46.000, 14.028, false},
    {"Tolmin", "Gorizia", 46.183, 13.733, false}, {"Bled", "Upper Carniola", 46.369, 14.114, false},
    {"Radovljica", "Upper Carniola", 46.344, 14.174, false}, {"Tržič", "Upper Carniola", 46.363, 14.311, false},
    {"Žalec", "Savinja", 46.251, 15.164, false}, {"Šentjur", "Savinja", 46.217, 15.397, false},
    {"Slovenska Bistrica", "Drava", 46.393, 15.574, false}, {"Lenart", "Drava", 46.576, 15.831, false},
    {"Ormož", "Drava", 46.408, 16.154, false}, {"Ljutomer", "Mura", 46.520, 16.197, false},
    {"Gornja Radgona", "Mura", 46.673, 15.992, false}, {"Lendava", "Mura", 46.563, 16.452, false},
    {"Črnomelj", "Southeast Slovenia", 45.571, 15.189, false}, {"Metlika", "Southeast Slovenia", 45.647, 15.314, false},
    {"Trebnje", "Southeast Slovenia", 45.904, 15.021, false}, {"Grosuplje", "Central Slovenia", 45.956, 14.659, false},
    {"Litija", "Central Sava", 46.058, 14.822, false}, {"Zagorje ob Savi", "Central Sava", 46.132, 14.996, false},
    {"Hrastnik", "Central Sava", 46.146, 15.082, false}, {"Sevnica", "Lower Sava", 46.008, 15.315, false},
    {"Laško", "Savinja", 46.155, 15.236, false}, {"Rogaška Slatina", "Savinja", 46.237, 15.639, false},
    {"Šmarje pri Jelšah", "Savinja", 46.227, 15.519, false}, {"Mozirje", "Savinja", 46.339, 14.963, false},
    {"Dravograd", "Carinthia", 46.589, 15.019, false}, {"Radlje ob Dravi", "Drava", 46.614, 15.226, false},
    {"Ruše", "Drava", 46.539, 15.515, false}, {"Medvode", "Central Slovenia", 46.142, 14.411, false},
    {"Ig", "Central Slovenia", 45.960, 14.528, false}, {"Škofljica", "Central Slovenia", 45.984, 14.577, false},
    {"Cerknica", "Littoral–Inner Carniola", 45.796, 14.363, false},
    {"Ilirska Bistrica", "Littoral–Inner Carniola", 45.568, 14.240, false},
    {"Pivka", "Littoral–Inner Carniola", 45.682, 14.196, false}, {"Ribnica", "Southeast Slovenia", 45.739, 14.727, false},
    {"Žiri", "Upper Carniola", 46.048, 14.108, false}, {"Kranjska Gora", "Upper Carniola", 46.485, 13.786, false},
    {"Bohinj", "Upper Carniola", 46.279, 13.886, false}, {"Bovec", "Gorizia", 46.338, 13.552, false},
    {"Kobarid", "Gorizia", 46.247, 13.579, false}, {"Vipava", "Gorizia", 45.846, 13.962, false},
    {"Miren-Kostanjevica", "Gorizia", 45.860, 13.600, false}, {"Šempeter-Vrtojba", "Gorizia", 45.927, 13.642, false},
    {"Ankaran", "Coastal–Karst", 45.579, 13.736, false}, {"Divača", "Coastal–Karst", 45.684, 13.970, false},
    {"Hrpelje-Kozina", "Coastal–Karst", 45.610, 13.940, false}, {"Komen", "Coastal–Karst", 45.815, 13.748, false},
    {"Kidričevo", "Drava", 46.404, 15.792, false}, {"Hoče-Slivnica", "Drava", 46.480, 15.640, false},
    {"Miklavž na Dravskem polju", "Drava", 46.506, 15.697, false}, {"Rače-Fram", "Drava", 46.450, 15.630, false},
    {"Pesnica", "Drava", 46.607, 15.679, false}, {"Šentilj", "Drava", 46.680, 15.650, false},
    {"Beltinci", "Mura", 46.606, 16.237, false}, {"Moravske Toplice", "Mura", 46.684, 16.222, false},
    {"Radenci", "Mura", 46.641, 16.041, false}, {"Cerkno", "Gorizia", 46.130, 13.990, false},
    {"Žužemberk", "Southeast Slovenia", 45.830, 14.930, false}, {"Semič", "Southeast Slovenia", 45.652, 15.182, false},
    {"Mirna Peč", "Southeast Slovenia", 45.860, 15.090, false},
    {"Šmarješke Toplice", "Southeast Slovenia", 45.860, 15.220, false},
    {"Kostanjevica na Krki", "Lower Sava", 45.846, 15.421, false}, {"Bistrica ob Sotli", "Lower Sava", 46.057, 15.664, false},
    {"Velike Lašče", "Central Slovenia", 45.832, 14.637, false}, {"Dobrepolje", "Central Slovenia", 45.850, 14.710, false},
    {"Brezovica", "Central Slovenia", 46.030, 14.410, false}, {"Horjul", "Central Slovenia", 46.020, 14.300, false},
    {"Dol pri Ljubljani", "Central Slovenia", 46.087, 14.642, false}, {"Mengeš", "Central Slovenia", 46.167, 14.575, false},
    {"Trzin", "Central Slovenia", 46.133, 14.560, false}, {"Komenda", "Central Slovenia", 46.206, 14.538, false},
    {"Vodice", "Central Slovenia", 46.190, 14.490, false}, {"Cerklje na Gorenjskem", "Upper Carniola", 46.255, 14.487, false},
    {"Šenčur", "Upper Carniola", 46.244, 14.420, false}, {"Naklo", "Upper Carniola", 46.270, 14.320, false},
    {"Preddvor", "Upper Carniola", 46.300, 14.420, false}, {"Gorenja vas-Poljane", "Upper Carniola", 46.110, 14.150, false},
    {"Polzela", "Savinja", 46.280, 15.070, false}, {"Prebold", "Savinja", 46.237, 15.092, false},
    {"Vojnik", "Savinja", 46.290, 15.300, false}, {"Štore", "Savinja", 46.220, 15.310, false},
    {"Zreče", "Savinja", 46.374, 15.385, false}, {"Slovenske Konjice", "Savinja", 46.337, 15.421, false},
    {"Vransko", "Savinja", 46.245, 14.952, false}, {"Gornji Grad", "Savinja", 46.296, 14.807, false},
    {"Ljubno", "Savinja", 46.344, 14.834, false}, {"Mežica", "Carinthia", 46.521, 14.853, false},
    {"Prevalje", "Carinthia", 46.546, 14.920, false}, {"Črna na Koroškem", "Carinthia", 46.470, 14.850, false},
    {"Muta", "Carinthia", 46.610, 15.160, false}};

const Place kUkraine[] = {
    {"Київ", "Kyiv Oblast", 50.450, 30.523, true}, {"Харків", "Kharkiv Oblast", 49.994, 36.230, true},
    {"Одеса", "Odesa Oblast", 46.482, 30.723, true}, {"Дніпро", "Dnipropetrovsk Oblast", 48.464, 35.046, true},
    {"Львів", "Lviv Oblast", 49.839, 24.030, true}, {"Zaporizhzhia", "Zaporizhzhia Oblast", 47.838, 35.139, true},
    {"Kryvyi Rih", "Dnipropetrovsk Oblast", 47.910, 33.391, true}, {"Mykolaiv", "Mykolaiv Oblast", 46.975, 31.995, true},
    {"Вінниця", "Vinnytsia Oblast", 49.233, 28.468, true}, {"Херсон", "Kherson Oblast", 46.636, 32.617, true},
    {"Полтава", "Poltava Oblast", 49.588, 34.551, true}, {"Chernihiv", "Chernihiv Oblast", 51.498, 31.289, true},
    {"Cherkasy", "Cherkasy Oblast", 49.444, 32.059, true}, {"Khmelnytskyi", "Khmelnytskyi Oblast", 49.422, 26.987, true},
    {"Chernivtsi", "Chernivtsi Oblast", 48.292, 25.935, true}, {"Житомир", "Zhytomyr Oblast", 50.254, 28.658, true},
    {"Sumy", "Sumy Oblast", 50.907, 34.798, true}, {"Рівне", "Rivne Oblast", 50.619, 26.251, true},
    {"Ivano-Frankivsk", "Ivano-Frankivsk Oblast", 48.922, 24.711, true}, {"Тернопіль", "Ternopil Oblast", 49.553, 25.594, true},
    {"Lutsk", "Volyn Oblast", 50.747, 25.325, true}, {"Ужгород", "Zakarpattia Oblast", 48.621, 22.288, true},
    {"Kropyvnytskyi", "Kirovohrad Oblast", 48.508, 32.262, true}, {"Kamianske", "Dnipropetrovsk Oblast", 48.516, 34.613, true},
    {"Kremenchuk", "Poltava Oblast", 49.066, 33.410, true}, {"Bila Tserkva", "Kyiv Oblast", 49.809, 30.112, true},
    {"Бровари", "Kyiv Oblast", 50.511, 30.790, true}, {"Ірпінь", "Kyiv Oblast", 50.522, 30.250, true},
    {"Буча", "Kyiv Oblast", 50.544, 30.212, true}, {"Бориспіль", "Kyiv Oblast", 50.353, 30.955, true},
    {"Fastiv", "Kyiv Oblast", 50.076, 29.918, true}, {"Obukhiv", "Kyiv Oblast", 50.107, 30.618, true},
    {"Vasylkiv", "Kyiv Oblast", 50.180, 30.320, true}, {"Uman", "Cherkasy Oblast", 48.749, 30.222, true},
    {"Mukachevo", "Zakarpattia Oblast", 48.439, 22.718, true}, {"Drohobych", "Lviv Oblast", 49.350, 23.510, true},
    {"Stryi", "Lviv Oblast", 49.260, 23.850, true}, {"Sambir", "Lviv Oblast", 49.520, 23.200, true},
    {"Truskavets", "Lviv Oblast", 49.280, 23.500, true}, {"Kolomyia", "Ivano-Frankivsk Oblast", 48.530, 25.040, true},
    {"Kalush", "Ivano-Frankivsk Oblast", 49.020, 24.370, true}, {"Kovel", "Volyn Oblast", 51.210, 24.710, true},
    {"Novovolynsk", "Volyn Oblast", 50.730, 24.170, true}, {"Berdychiv", "Zhytomyr Oblast", 49.900, 28.600, true},
    {"Korosten", "Zhytomyr Oblast", 50.950, 28.640, true}, {"Shepetivka", "Khmelnytskyi Oblast", 50.180, 27.060, true},
    {"Kamianets-Podilskyi", "Khmelnytskyi Oblast", 48.680, 26.580, true}, {"Izmail", "Odesa Oblast", 45.350, 28.840, true},
    {"Bilhorod-Dnistrovskyi", "Odesa Oblast", 46.190, 30.350, true}, {"Chornomorsk", "Odesa Oblast", 46.300, 30.660, true},
    {"Pivdenne", "Odesa Oblast", 46.620, 31.100, true}, {"Voznesensk", "Mykolaiv Oblast", 47.570, 31.330, true},
    {"Pervomaisk", "Mykolaiv Oblast", 48.050, 30.850, true}, {"Nikopol", "Dnipropetrovsk Oblast", 47.570, 34.400, true},
    {"Pavlohrad", "Dnipropetrovsk Oblast", 48.530, 35.870, true}, {"Marhanets", "Dnipropetrovsk Oblast", 47.650, 34.630, true},
    {"Novomoskovsk", "Dnipropetrovsk Oblast", 48.630, 35.220, true}, {"Melitopol", "Zaporizhzhia Oblast", 46.850, 35.370, true},
    {"Berdiansk", "Zaporizhzhia Oblast", 46.760, 36.790, true}, {"Енергодар", "Zaporizhzhia Oblast", 47.500, 34.660, true},
    {"Kramatorsk", "Donetsk Oblast", 48.720, 37.560, true}, {"Sloviansk", "Donetsk Oblast", 48.850, 37.600, true},
    {"Pokrovsk", "Donetsk Oblast", 48.280, 37.180, true}, {"Izium", "Kharkiv Oblast", 49.210, 37.260, true},
    {"Lozova", "Kharkiv Oblast", 48.890, 36.320, true}, {"Chuhuiv", "Kharkiv Oblast", 49.840, 36.690, true},
    {"Kupiansk", "Kharkiv Oblast", 49.710, 37.610, true}, {"Konotop", "Sumy Oblast", 51.240, 33.200, true},
    {"Shostka", "Sumy Oblast", 51.870, 33.480, true}, {"Okhtyrka", "Sumy Oblast", 50.310, 34.900, true},
    {"Nizhyn", "Chernihiv Oblast", 51.050, 31.890, true}, {"Pryluky", "Chernihiv Oblast", 50.590, 32.390, true},
    {"Лубни", "Poltava Oblast", 50.020, 33.000, true}, {"Myrhorod", "Poltava Oblast", 49.970, 33.610, true},
    {"Smila", "Cherkasy Oblast", 49.220, 31.880, true}, {"Zolotonosha", "Cherkasy Oblast", 49.670, 32.040, true},
    {"Oleksandriia", "Kirovohrad Oblast", 48.670, 33.120, true}, {"Svitlovodsk", "Kirovohrad Oblast", 49.050, 33.240, true},
    {"Zhmerynka", "Vinnytsia Oblast", 49.040, 28.110, true}, {"Mohyliv-Podilskyi", "Vinnytsia Oblast", 48.450, 27.790, true},
    {"Khmilnyk", "Vinnytsia Oblast", 49.560, 27.960, true}, {"Dubno", "Rivne Oblast", 50.420, 25.740, true},
    {"Varash", "Rivne Oblast", 51.350, 25.850, true}, {"Chortkiv", "Ternopil Oblast", 49.020, 25.800, true},
    {"Kremenets", "Ternopil Oblast", 50.100, 25.730, true}, {"Berehove", "Zakarpattia Oblast", 48.200, 22.640, true},
    {"Khust", "Zakarpattia Oblast", 48.170, 23.290, true}, {"Zviahel", "Zhytomyr Oblast", 50.590, 27.620, true},
    {"Nova Kakhovka", "Kherson Oblast", 46.750, 33.350, true}};

std::vector<Place> interleaved()
{
    std::vector<Place> places;
    const size_t si = std::size(kSlovenia);
    const size_t ua = std::size(kUkraine);
    for (size_t i = 0; i < std::max(si, ua); ++i) {
        if (i < si)
            places.push_back(kSlovenia[i]);
        if (i < ua)
            places.push_back(kUkraine[i]);
    }
    return places;
}

} // namespace

// s = 1.1: Ljubljana and Київ together hold about a fifth of the locations, the tail a handful each.
PlaceList::PlaceList() : m_places(interleaved()), m_sampler(static_cast<int>(m_places.size()), 1.1) {}

const Place& PlaceList::sample(Rng& rng) const
{
    return m_places[static_cast<size_t>(m_sampler.sample(rng))];
}

} // namespace pathways::bench
