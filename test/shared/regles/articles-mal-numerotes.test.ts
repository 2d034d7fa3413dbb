import regle from '../../../shared/regles/articles-mal-numerotes';
import { contexte, testerRegle } from './testeur';

const texte = (...lignes: string[]) => contexte({ texte: lignes.join('\n') });

testerRegle(regle, {
  valides: [
    {
      nom: 'titres markdown et renvois dans les phrases',
      contexte: texte(
        '## **Article 1 : Objet de la délégation**',
        "Conformément à l'article 2 du décret n°2004-1085",
        '## **Article 2 : Obligations du délégant**',
        '### Article 3 : Obligations de la DINUM',
        'Article 4 du décret : cette phrase commence par un renvoi',
        '#### **Article 4 : Exécution financière**',
      ),
    },
    { nom: 'article premier, 1er et sous-articles', contexte: texte('Article premier – Objet', 'Article 2. Durée', 'Article 2.1 : Détail', 'Article 2.2 : Détail', 'ARTICLE 3 - Publication') },
    { nom: 'numérotation romaine', contexte: texte('Article I : Objet', 'Article II : Durée', 'Article III : Publication') },
    { nom: 'pas de texte (tableau)', contexte: contexte({ lignes: [[2024, 1, 1]] }) },
    { nom: 'texte sans articles', contexte: texte('Entre', 'Et') },
  ],
  invalides: [
    {
      nom: 'seed DGEFP-DNUM : article 2 en double',
      contexte: texte('### **Article 1 : Objet**', '## **Article 2 : Obligations du délégant**', '## **Article 2 : Obligations de la DNUM**', '## **Article 3 : Obligations de la DINUM**'),
      constats: [{ position: { ligne: 3 }, message: /^Article 2 en double \(déjà ligne 2\) : numérotez celui-ci «\sArticle 3\s», décalez les suivants/ }],
    },
    {
      nom: 'seed FAST 14 : article 4 manquant',
      contexte: texte('Article 1 : Objet', 'Article 2 : Obligations', 'Article 3 : Obligations de la DINUM', '', 'Article 5 : Modification du document', 'Article 6 : Durée'),
      constats: [{ position: { ligne: 5 }, message: /^Article 5 juste après l'article 3 : l'article 4 manque\. Numérotez celui-ci «\sArticle 4\s»/ }],
    },
    {
      nom: 'numérotation qui ne commence pas à 1, puis recul',
      contexte: texte('Article 2 : Objet', 'Article 3 : Durée', 'Article 1 : Publication'),
      constats: [
        { position: { ligne: 1 }, message: /^La numérotation commence à l'article 2 : numérotez ce premier article «\sArticle 1\s»/ },
        { position: { ligne: 3 }, message: /^Article 1 après l'article 3 : les articles se suivent dans l'ordre/ },
      ],
    },
    {
      nom: 'plusieurs articles manquants',
      contexte: texte('Article 1 : Objet', 'Article 4 : Durée'),
      constats: [{ position: { ligne: 2 }, message: /les articles 2, 3 manquent/ }],
    },
  ],
});
