"""Real published works used to build the evaluation documents (bibliographic data only)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Work:
    """One cited work; `authors` are (family, given) pairs; `kind` is article, book, chapter or web."""

    key: str
    authors: tuple[tuple[str, str], ...]
    year: int
    title: str
    kind: str
    container: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    publisher: str = ""
    place: str = ""
    doi: str = ""
    url: str = ""
    accessed: str = ""


def _a(*names: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for name in names:
        family, _, given = name.partition(", ")
        pairs.append((family, given))
    return tuple(pairs)


WORKS: tuple[Work, ...] = (
    Work("nye2004", _a("Nye, Joseph S."), 2004, "Soft Power: The Means to Success in World Politics", "book", publisher="PublicAffairs", place="New York"),
    Work("keohane1977", _a("Keohane, Robert O.", "Nye, Joseph S."), 1977, "Power and Interdependence: World Politics in Transition", "book", publisher="Little, Brown", place="Boston"),
    Work("vaswani2017", _a("Vaswani, Ashish", "Shazeer, Noam", "Parmar, Niki", "Uszkoreit, Jakob", "Jones, Llion", "Gomez, Aidan N.", "Kaiser, Łukasz", "Polosukhin, Illia"), 2017, "Attention Is All You Need", "chapter", container="Advances in Neural Information Processing Systems 30", pages="5998-6008", publisher="Curran Associates"),
    Work("lecun2015", _a("LeCun, Yann", "Bengio, Yoshua", "Hinton, Geoffrey"), 2015, "Deep learning", "article", container="Nature", volume="521", issue="7553", pages="436-444", doi="10.1038/nature14539"),
    Work("he2016", _a("He, Kaiming", "Zhang, Xiangyu", "Ren, Shaoqing", "Sun, Jian"), 2016, "Deep Residual Learning for Image Recognition", "chapter", container="Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition", pages="770-778", doi="10.1109/CVPR.2016.90"),
    Work("watson1953", _a("Watson, James D.", "Crick, Francis H. C."), 1953, "Molecular Structure of Nucleic Acids: A Structure for Deoxyribose Nucleic Acid", "article", container="Nature", volume="171", issue="4356", pages="737-738", doi="10.1038/171737a0"),
    Work("kahneman1979", _a("Kahneman, Daniel", "Tversky, Amos"), 1979, "Prospect Theory: An Analysis of Decision under Risk", "article", container="Econometrica", volume="47", issue="2", pages="263-291", doi="10.2307/1914185"),
    Work("putnam2000", _a("Putnam, Robert D."), 2000, "Bowling Alone: The Collapse and Revival of American Community", "book", publisher="Simon & Schuster", place="New York"),
    Work("anderson1983", _a("Anderson, Benedict"), 1983, "Imagined Communities: Reflections on the Origin and Spread of Nationalism", "book", publisher="Verso", place="London"),
    Work("huntington1996", _a("Huntington, Samuel P."), 1996, "The Clash of Civilizations and the Remaking of World Order", "book", publisher="Simon & Schuster", place="New York"),
    Work("mearsheimer2001", _a("Mearsheimer, John J."), 2001, "The Tragedy of Great Power Politics", "book", publisher="W. W. Norton", place="New York"),
    Work("waltz1979", _a("Waltz, Kenneth N."), 1979, "Theory of International Politics", "book", publisher="Addison-Wesley", place="Reading, MA"),
    Work("fearon1995", _a("Fearon, James D."), 1995, "Rationalist Explanations for War", "article", container="International Organization", volume="49", issue="3", pages="379-414", doi="10.1017/S0020818300033324"),
    Work("hardin1968", _a("Hardin, Garrett"), 1968, "The Tragedy of the Commons", "article", container="Science", volume="162", issue="3859", pages="1243-1248", doi="10.1126/science.162.3859.1243"),
    Work("shannon1948", _a("Shannon, Claude E."), 1948, "A Mathematical Theory of Communication", "article", container="Bell System Technical Journal", volume="27", issue="3", pages="379-423", doi="10.1002/j.1538-7305.1948.tb01338.x"),
    Work("granovetter1973", _a("Granovetter, Mark S."), 1973, "The Strength of Weak Ties", "article", container="American Journal of Sociology", volume="78", issue="6", pages="1360-1380", doi="10.1086/225469"),
    Work("akerlof1970", _a("Akerlof, George A."), 1970, "The Market for \"Lemons\": Quality Uncertainty and the Market Mechanism", "article", container="The Quarterly Journal of Economics", volume="84", issue="3", pages="488-500", doi="10.2307/1879431"),
    Work("ostrom1990", _a("Ostrom, Elinor"), 1990, "Governing the Commons: The Evolution of Institutions for Collective Action", "book", publisher="Cambridge University Press", place="Cambridge"),
    Work("krizhevsky2012", _a("Krizhevsky, Alex", "Sutskever, Ilya", "Hinton, Geoffrey E."), 2012, "ImageNet Classification with Deep Convolutional Neural Networks", "chapter", container="Advances in Neural Information Processing Systems 25", pages="1097-1105"),
    Work("devlin2019", _a("Devlin, Jacob", "Chang, Ming-Wei", "Lee, Kenton", "Toutanova, Kristina"), 2019, "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", "chapter", container="Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational Linguistics", pages="4171-4186", doi="10.18653/v1/N19-1423"),
    Work("hochreiter1997", _a("Hochreiter, Sepp", "Schmidhuber, Jürgen"), 1997, "Long Short-Term Memory", "article", container="Neural Computation", volume="9", issue="8", pages="1735-1780", doi="10.1162/neco.1997.9.8.1735"),
    Work("ioannidis2005", _a("Ioannidis, John P. A."), 2005, "Why Most Published Research Findings Are False", "article", container="PLoS Medicine", volume="2", issue="8", pages="e124", doi="10.1371/journal.pmed.0020124"),
    Work("laemmli1970", _a("Laemmli, Ulrich K."), 1970, "Cleavage of Structural Proteins during the Assembly of the Head of Bacteriophage T4", "article", container="Nature", volume="227", issue="5259", pages="680-685", doi="10.1038/227680a0"),
    Work("bradford1976", _a("Bradford, Marion M."), 1976, "A rapid and sensitive method for the quantitation of microgram quantities of protein utilizing the principle of protein-dye binding", "article", container="Analytical Biochemistry", volume="72", issue="1-2", pages="248-254", doi="10.1016/0003-2697(76)90527-3"),
    Work("hirsch2005", _a("Hirsch, Jorge E."), 2005, "An index to quantify an individual's scientific research output", "article", container="Proceedings of the National Academy of Sciences", volume="102", issue="46", pages="16569-16572", doi="10.1073/pnas.0507655102"),
    Work("barabasi1999", _a("Barabási, Albert-László", "Albert, Réka"), 1999, "Emergence of Scaling in Random Networks", "article", container="Science", volume="286", issue="5439", pages="509-512", doi="10.1126/science.286.5439.509"),
    Work("watts1998", _a("Watts, Duncan J.", "Strogatz, Steven H."), 1998, "Collective dynamics of 'small-world' networks", "article", container="Nature", volume="393", issue="6684", pages="440-442", doi="10.1038/30918"),
    Work("said1978", _a("Said, Edward W."), 1978, "Orientalism", "book", publisher="Pantheon Books", place="New York"),
    Work("bourdieu1984", _a("Bourdieu, Pierre"), 1984, "Distinction: A Social Critique of the Judgement of Taste", "book", publisher="Harvard University Press", place="Cambridge, MA"),
    Work("acemoglu2012", _a("Acemoglu, Daron", "Robinson, James A."), 2012, "Why Nations Fail: The Origins of Power, Prosperity, and Poverty", "book", publisher="Crown", place="New York"),
    Work("piketty2014", _a("Piketty, Thomas"), 2014, "Capital in the Twenty-First Century", "book", publisher="Belknap Press", place="Cambridge, MA"),
    Work("sen1999", _a("Sen, Amartya"), 1999, "Development as Freedom", "book", publisher="Oxford University Press", place="Oxford"),
    Work("fukuyama1992", _a("Fukuyama, Francis"), 1992, "The End of History and the Last Man", "book", publisher="Free Press", place="New York"),
    Work("worldbank2020", _a("World Bank"), 2020, "Poverty and Shared Prosperity 2020: Reversals of Fortune", "book", publisher="World Bank", place="Washington, DC", doi="10.1596/978-1-4648-1602-4"),
    Work("pedregosa2011", _a("Pedregosa, Fabian", "Varoquaux, Gaël", "Gramfort, Alexandre", "Michel, Vincent", "Thirion, Bertrand"), 2011, "Scikit-learn: Machine Learning in Python", "article", container="Journal of Machine Learning Research", volume="12", pages="2825-2830", url="https://jmlr.org/papers/v12/pedregosa11a.html"),
    Work("harris2020", _a("Harris, Charles R.", "Millman, K. Jarrod", "van der Walt, Stéfan J.", "Gommers, Ralf"), 2020, "Array programming with NumPy", "article", container="Nature", volume="585", issue="7825", pages="357-362", doi="10.1038/s41586-020-2649-2"),
    Work("cooley2012", _a("Cooley, Alexander"), 2012, "Great Games, Local Rules: The New Great Power Contest in Central Asia", "book", publisher="Oxford University Press", place="New York"),
    Work("laruelle2012", _a("Laruelle, Marlene", "Peyrouse, Sebastien"), 2012, "The Chinese Question in Central Asia: Domestic Order, Social Change and the Chinese Factor", "book", publisher="Hurst", place="London"),
    Work("shambaugh2013", _a("Shambaugh, David"), 2013, "China Goes Global: The Partial Power", "book", publisher="Oxford University Press", place="Oxford"),
    Work("gilpin1981", _a("Gilpin, Robert"), 1981, "War and Change in World Politics", "book", publisher="Cambridge University Press", place="Cambridge"),
    Work("wendt1992", _a("Wendt, Alexander"), 1992, "Anarchy is what States Make of it: The Social Construction of Power Politics", "article", container="International Organization", volume="46", issue="2", pages="391-425", doi="10.1017/S0020818300027764"),
    Work("moravcsik1997", _a("Moravcsik, Andrew"), 1997, "Taking Preferences Seriously: A Liberal Theory of International Politics", "article", container="International Organization", volume="51", issue="4", pages="513-553", doi="10.1162/002081897550447"),
    Work("kingma2015", _a("Kingma, Diederik P.", "Ba, Jimmy"), 2015, "Adam: A Method for Stochastic Optimization", "chapter", container="3rd International Conference on Learning Representations", url="https://arxiv.org/abs/1412.6980"),
    Work("srivastava2014", _a("Srivastava, Nitish", "Hinton, Geoffrey", "Krizhevsky, Alex", "Sutskever, Ilya", "Salakhutdinov, Ruslan"), 2014, "Dropout: A Simple Way to Prevent Neural Networks from Overfitting", "article", container="Journal of Machine Learning Research", volume="15", issue="56", pages="1929-1958", url="https://jmlr.org/papers/v15/srivastava14a.html"),
    Work("silver2016", _a("Silver, David", "Huang, Aja", "Maddison, Chris J.", "Guez, Arthur"), 2016, "Mastering the game of Go with deep neural networks and tree search", "article", container="Nature", volume="529", issue="7587", pages="484-489", doi="10.1038/nature16961"),
    Work("jumper2021", _a("Jumper, John", "Evans, Richard", "Pritzel, Alexander", "Green, Tim"), 2021, "Highly accurate protein structure prediction with AlphaFold", "article", container="Nature", volume="596", issue="7873", pages="583-589", doi="10.1038/s41586-021-03819-2"),
    Work("nye2011", _a("Nye, Joseph S."), 2011, "The Future of Power", "book", publisher="PublicAffairs", place="New York"),
    Work("nye2021", _a("Nye, Joseph S."), 2021, "Soft power: the evolution of a concept", "article", container="Journal of Political Power", volume="14", issue="1", pages="196-208", doi="10.1080/2158379X.2021.1879572"),
    Work("nye1990", _a("Nye, Joseph S."), 1990, "Soft Power", "article", container="Foreign Policy", volume="80", pages="153-171", doi="10.2307/1148580"),
    Work("keohane1984", _a("Keohane, Robert O."), 1984, "After Hegemony: Cooperation and Discord in the World Political Economy", "book", publisher="Princeton University Press", place="Princeton, NJ"),
    Work("un2015", _a("United Nations"), 2015, "Transforming our world: the 2030 Agenda for Sustainable Development", "web", container="United Nations General Assembly", url="https://sdgs.un.org/2030agenda", accessed="12 March 2024"),
    Work("who2023", _a("World Health Organization"), 2023, "World health statistics 2023: monitoring health for the SDGs", "web", container="World Health Organization", url="https://www.who.int/publications/i/item/9789240074323", accessed="3 February 2024"),
    Work("xinhua2023", (), 2023, "China-Central Asia Summit opens new chapter in regional cooperation", "web", container="Xinhua", url="https://english.news.cn/20230519/5e1f0a0d2ac54b2f8d0a6d8c1b5e2f3a/c.html", accessed="15 April 2024"),
    Work("diplomat2020", _a("Umarov, Temur"), 2020, "What's Behind Protests Against China in Kazakhstan?", "web", container="The Diplomat", url="https://thediplomat.com/2020/10/whats-behind-protests-against-china-in-kazakhstan/", accessed="20 March 2024"),
    Work("imf2023", _a("International Monetary Fund"), 2023, "World Economic Outlook: A Rocky Recovery", "web", container="International Monetary Fund", url="https://www.imf.org/en/Publications/WEO/Issues/2023/04/11/world-economic-outlook-april-2023", accessed="2 May 2024"),
    Work("goodfellow2014", _a("Goodfellow, Ian", "Pouget-Abadie, Jean", "Mirza, Mehdi", "Xu, Bing"), 2014, "Generative Adversarial Nets", "chapter", container="Advances in Neural Information Processing Systems 27", pages="2672-2680"),
    Work("mikolov2013", _a("Mikolov, Tomas", "Sutskever, Ilya", "Chen, Kai", "Corrado, Greg", "Dean, Jeffrey"), 2013, "Distributed Representations of Words and Phrases and their Compositionality", "chapter", container="Advances in Neural Information Processing Systems 26", pages="3111-3119"),
    Work("ostrom2009", _a("Ostrom, Elinor"), 2009, "A General Framework for Analyzing Sustainability of Social-Ecological Systems", "article", container="Science", volume="325", issue="5939", pages="419-422", doi="10.1126/science.1172133"),
)
