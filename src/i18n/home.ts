import type { ToolId } from '../lib/content/tools';

export const toolIntro: Record<ToolId, string> = {
  quotient:
    'Weeg een werkrelatie af op de zes factoren van Meyers vertrouwensquotiënt en zie waar vertrouwen gewonnen of verloren wordt.',
  scan: 'Beantwoord in een paar minuten eerlijke vragen over het vertrouwen om je heen of over je eigen vertrouwenswaardigheid.',
  herstelplan: 'Zet een beschadigde werkrelatie om in een concreet plan dat je aanpast, afdrukt en opvolgt.',
};
