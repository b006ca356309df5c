/**
 * The Okabe-Ito palette: colours that stay distinct for readers with any common colour-vision
 * deficiency (Okabe and Ito, "Color Universal Design", 2008).
 */
export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;
